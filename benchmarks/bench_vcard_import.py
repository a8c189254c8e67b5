"""Benchmark: import 2,000 realistic vCards into a fresh workspace, then import them again."""

from __future__ import annotations

import base64
import quopri
import random
import sys
import tempfile
import time
from pathlib import Path

from mentordesk.db.database import close_database, open_database
from mentordesk.services.interop.vcard.transfer import import_vcards

CARDS = 2_000
SEED = 20_240_601
FIRST = ["Amara", "Tomás", "Sofia", "Kwame", "Hélène", "Jürgen", "Kenji", "Priya", "Lena"]
FIRST += ["Oskar", "Mei", "Rosa", "Zoë", "Ibrahim", "Ana"]
LAST = ["Okafor", "Herrera", "Lindqvist", "Mensah", "Dubois", "Müller", "Watanabe", "Raman"]
LAST += ["Fischer", "Berg", "Chen"]
ORGS = ["Example Labs", "Northwind Traders", "Contoso Ltd", "Fabrikam Cloud", "Tailspin Health"]
TITLES = ["Engineering Manager", "Staff Engineer", "Principal Designer", "Research Director"]
ZONES = ["Europe/Berlin", "America/Chicago", "Asia/Tokyo", "Africa/Lagos", "-05:00"]
TAGS = ["Mentors", "Career", "Leadership", "Design", "Volunteering", "myContacts"]
PHOTO = base64.b64encode(bytes(range(256)) * 3).decode("ascii")  # stands in for a small JPEG


def generate(count: int, *, seed: int = SEED) -> str:
    """`count` cards in the shapes of Google (3.0), Outlook (2.1) and Nextcloud (4.0) exports."""
    rng = random.Random(seed)
    makers = (_google_card, _outlook_card, _nextcloud_card)
    return "".join(makers[i % 3](i, rng) for i in range(count))


def _person(index: int, rng: random.Random) -> dict[str, str]:
    """A deterministic fictional person; the index keeps names and emails unique."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return {
        "first": first,
        "last": f"{last}-{index}",
        "email": f"{first.lower()}.{index}@example.com".encode("ascii", "ignore").decode(),
        "phone": f"+1 415-555-{index % 10_000:04d}",
        "org": rng.choice(ORGS),
        "title": rng.choice(TITLES),
        "tags": ",".join(rng.sample(TAGS, 2)),
        "bday": f"19{rng.randint(60, 99)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "note": f"Met at meetup #{index}; offered feedback on my portfolio, monthly calls.",
    }


def _google_card(index: int, rng: random.Random) -> str:
    """A Google Contacts 3.0 card with a labelled item and no UID."""
    p = _person(index, rng)
    return _lines(
        "VERSION:3.0",
        f"FN:{p['first']} {p['last']}",
        f"N:{p['last']};{p['first']};;;",
        f"EMAIL;TYPE=INTERNET;TYPE=WORK:{p['email']}",
        f"item1.EMAIL;TYPE=INTERNET:{p['first'].lower()}.{index}@example.org",
        "item1.X-ABLabel:Mentoring",
        f"TEL;TYPE=CELL:{p['phone']}",
        f"ORG:{p['org']}",
        f"TITLE:{p['title']}",
        f"BDAY:{p['bday']}",
        f"NOTE:{p['note'].replace(',', chr(92) + ',').replace(';', chr(92) + ';')}",
        f"CATEGORIES:{p['tags']}",
    )


def _outlook_card(index: int, rng: random.Random) -> str:
    """An Outlook 2.1 card: bare params and a quoted-printable note with soft breaks."""
    p = _person(index, rng)
    note = quopri.encodestring(p["note"].encode("utf-8")).decode("ascii")
    return _lines(
        "VERSION:2.1",
        f"N;CHARSET=UTF-8:{p['last']};{p['first']}",
        f"FN;CHARSET=UTF-8:{p['first']} {p['last']}",
        f"ORG:{p['org']}",
        f"TEL;WORK;VOICE:{p['phone']}",
        f"EMAIL;PREF;INTERNET:{p['email']}",
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + note.replace("\n", "\r\n"),
        f"BDAY:{p['bday'].replace('-', '')}",
    )


def _nextcloud_card(index: int, rng: random.Random) -> str:
    """A Nextcloud 4.0 card with a UID, a zone and, for some, an embedded photo."""
    p = _person(index, rng)
    photo = [f"PHOTO:data:image/jpeg;base64,{PHOTO}"] if index % 5 == 0 else []
    return _lines(
        "VERSION:4.0",
        f"UID:urn:uuid:00000000-0000-4000-8000-{index:012d}",
        f"FN:{p['first']} {p['last']}",
        f"EMAIL;TYPE=work;PREF=1:{p['email']}",
        f'TEL;VALUE=uri;TYPE="voice,cell":tel:{p["phone"].replace(" ", "-")}',
        f"TZ;VALUE=TEXT:{rng.choice(ZONES)}",
        f"BDAY:--{p['bday'][5:].replace('-', '')}",
        f"CATEGORIES:{p['tags']}",
        *photo,
    )


def _lines(*lines: str) -> str:
    """A card around the content lines, folded at 75 characters, CRLF endings."""
    folded = [_fold(line) for line in lines]
    return "\r\n".join(["BEGIN:VCARD", *folded, "END:VCARD", ""])


def _fold(line: str) -> str:
    """Fold long lines the way exporters do (quoted-printable ones are already wrapped)."""
    if "QUOTED-PRINTABLE" in line or len(line) <= 75:
        return line
    return "\r\n ".join(line[i : i + 74] for i in range(0, len(line), 74))


def _timed_import(text: str, label: str) -> float:
    """Import the text, print what happened and how fast; returns the seconds."""
    started = time.perf_counter()
    result = import_vcards(text)
    seconds = time.perf_counter() - started
    print(
        f"{label}: {seconds:.2f} s, {CARDS / seconds:,.0f} cards/s "
        f"(created {result.created}, updated {result.updated}, "
        f"unchanged {result.unchanged}, problems {len(result.problems)})"
    )
    return seconds


def main() -> int:
    """Run the benchmark in a throwaway workspace."""
    text = generate(CARDS)
    with tempfile.TemporaryDirectory(prefix="mentordesk-bench-") as folder:
        open_database(Path(folder) / "db.sqlite3")
        try:
            _timed_import(text, "first import ")
            _timed_import(text, "second import")
        finally:
            close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())

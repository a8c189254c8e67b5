"""Writing exports: regular files all or nothing; links, pipes and devices written, not replaced."""

from __future__ import annotations

import os
import threading

import pytest

from mentordesk.services.files import OutputTargetError, write_text_atomic


def test_a_regular_file_is_replaced_whole_and_keeps_its_mode(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    target.chmod(0o640)
    write_text_atomic(target, "new")
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_a_new_file_is_private(tmp_path):
    write_text_atomic(tmp_path / "new.json", "x")
    assert (tmp_path / "new.json").stat().st_mode & 0o077 == 0


def test_a_symlink_is_written_through_to_its_target(tmp_path):
    real = tmp_path / "real.vcf"
    real.write_text("old")
    link = tmp_path / "link.vcf"
    link.symlink_to(real)
    write_text_atomic(link, "new")
    assert link.is_symlink()
    assert real.read_text() == "new"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_written_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    write_text_atomic(fifo, "through the pipe")
    reader.join(timeout=10)
    assert received == ["through the pipe"]
    assert fifo.is_fifo()


def test_a_device_is_written_not_replaced():
    write_text_atomic(os.devnull, "gone")
    assert os.path.exists(os.devnull) and not os.path.isfile(os.devnull)


def test_a_folder_is_refused_with_one_line(tmp_path):
    with pytest.raises(OutputTargetError, match="is a folder"):
        write_text_atomic(tmp_path, "x")
    assert list(tmp_path.iterdir()) == []

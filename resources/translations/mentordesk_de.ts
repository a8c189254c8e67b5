<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>&amp;Export all data as JSON…</source>
        <translation>Alle Daten als JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import contacts from vCard…</source>
        <translation>Kontakte aus vCard &amp;importieren…</translation>
    </message>
    <message>
        <source>Import c&amp;alendar…</source>
        <translation>K&amp;alender importieren…</translation>
    </message>
    <message>
        <source>Export &amp;contacts as vCard…</source>
        <translation>&amp;Kontakte als vCard exportieren…</translation>
    </message>
    <message>
        <source>Export ca&amp;lendar…</source>
        <translation>Kalender ex&amp;portieren…</translation>
    </message>
    <message>
        <source>Calendar &amp;settings…</source>
        <translation>Kalendereins&amp;tellungen…</translation>
    </message>
    <message>
        <source>S&amp;ync accounts…</source>
        <translation>S&amp;ync-Konten…</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>Sync-&amp;Konflikte…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Load &amp;sample data into this workspace</source>
        <translation>Beispieldaten in diesen Arbeitsbereich &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Remove sample data…</source>
        <translation>Beispieldaten &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Quick add task…</source>
        <translation>Aufgabe &amp;schnell hinzufügen…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About MentorDesk</source>
        <translation>&amp;Über MentorDesk</translation>
    </message>
    <message>
        <source>&amp;Add mentor…</source>
        <translation>Mentor:in &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>Kontakt &amp;erfassen…</translation>
    </message>
    <message>
        <source>In&amp;teractions…</source>
        <translation>Kon&amp;taktverlauf…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Merge duplicate…</source>
        <translation>Duplikat &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>&amp;Import vCard…</source>
        <translation>vCard &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport vCard…</source>
        <translation>vCard e&amp;xportieren…</translation>
    </message>
    <message>
        <source>D&amp;etails…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Umplanen…</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>Start &amp;timer</source>
        <translation>&amp;Timer starten</translation>
    </message>
    <message>
        <source>&amp;Log time…</source>
        <translation>&amp;Zeit buchen…</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Neues Treffen…</translation>
    </message>
    <message>
        <source>Previous month or week (in the grid)</source>
        <translation>Vorheriger Monat oder vorherige Woche (im Raster)</translation>
    </message>
    <message>
        <source>Next month or week (in the grid)</source>
        <translation>Nächster Monat oder nächste Woche (im Raster)</translation>
    </message>
    <message>
        <source>Today (in the grid)</source>
        <translation>Heute (im Raster)</translation>
    </message>
    <message>
        <source>Edit the focused meeting (in the grid)</source>
        <translation>Ausgewähltes Treffen bearbeiten (im Raster)</translation>
    </message>
    <message>
        <source>Next meeting of the focused day (in the grid)</source>
        <translation>Nächstes Treffen des ausgewählten Tages (im Raster)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>needs a look</source>
        <translation>bitte ansehen</translation>
    </message>
    <message>
        <source>{0}, moved</source>
        <translation>{0}, verschoben</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Select a contact to see how the relationship is going.</source>
        <translation>Wählen Sie einen Kontakt, um zu sehen, wie die Beziehung läuft.</translation>
    </message>
    <message>
        <source>⚠ This contact was deleted on the server; it is kept here for your history.</source>
        <translation>⚠ Dieser Kontakt wurde auf dem Server gelöscht; er bleibt hier wegen Ihres Verlaufs erhalten.</translation>
    </message>
    <message>
        <source>Keep it or delete it here too…</source>
        <translation>Behalten oder auch hier löschen…</translation>
    </message>
    <message>
        <source>⚠ This contact changed here and on the server since the last sync.</source>
        <translation>⚠ Dieser Kontakt wurde seit dem letzten Abgleich hier und auf dem Server geändert.</translation>
    </message>
    <message>
        <source>Look at both versions…</source>
        <translation>Beide Fassungen ansehen…</translation>
    </message>
    <message>
        <source>Interaction with {0}</source>
        <translation>Kontakt mit {0}</translation>
    </message>
    <message>
        <source>Notes on {0}</source>
        <translation>Notizen zu {0}</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Nächste Treffen</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <source>Gave back</source>
        <translation>Etwas zurückgegeben</translation>
    </message>
    <message>
        <source>Where we met</source>
        <translation>Kennengelernt bei</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Their local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>{0} (year unknown)</source>
        <translation>{0} (Jahr unbekannt)</translation>
    </message>
    <message>
        <source>once, on {0}</source>
        <translation>einmal, am {0}</translation>
    </message>
    <message>
        <source>{0} times, last on {1}</source>
        <translation>{0}-mal, zuletzt am {1}</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>No agreement yet: edit the contact to record how you will work together.</source>
        <translation>Noch keine Vereinbarung: Bearbeiten Sie den Kontakt, um festzuhalten, wie Sie zusammenarbeiten.</translation>
    </message>
    <message>
        <source>Channels, preferred first</source>
        <translation>Kanäle, bevorzugter zuerst</translation>
    </message>
    <message>
        <source>Available (their time)</source>
        <translation>Erreichbar (deren Ortszeit)</translation>
    </message>
    <message>
        <source>They reply</source>
        <translation>Antwortet</translation>
    </message>
    <message>
        <source>I reply</source>
        <translation>Ich antworte</translation>
    </message>
    <message>
        <source>Meet or talk every</source>
        <translation>Treffen oder sprechen alle</translation>
    </message>
    <message>
        <source>Stay in touch by</source>
        <translation>In Kontakt bleiben bis</translation>
    </message>
    <message>
        <source>inside their window now</source>
        <translation>gerade erreichbar</translation>
    </message>
    <message>
        <source>outside their window; next opens {0} their time</source>
        <translation>nicht erreichbar; wieder ab {0} Ortszeit</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>nicht vereinbart</translation>
    </message>
    <message>
        <source>no replies measured yet (agreed: {0})</source>
        <translation>noch keine Antworten gemessen (vereinbart: {0})</translation>
    </message>
    <message>
        <source>slower than agreed</source>
        <translation>langsamer als vereinbart</translation>
    </message>
    <message>
        <source>median {0} over {1} (agreed: {2})</source>
        <translation>Median {0} über {1} (vereinbart: {2})</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>no reply yet, follow up</source>
        <translation>noch keine Antwort, nachhaken</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontaktverlauf</translation>
    </message>
    <message>
        <source>No interactions logged yet.</source>
        <translation>Noch keine Kontakte erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>The newest {0} of %n interaction(s); Interactions… (Ctrl+Shift+L) lists them all.</source>
        <translation>
            <numerusform>Die neueste von %n Interaktion; Kontaktverlauf… (Strg+Umschalt+L) zeigt alle.</numerusform>
            <numerusform>Die neuesten {0} von %n Interaktionen; Kontaktverlauf… (Strg+Umschalt+L) zeigt alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all ({0} characters)</source>
        <translation>Alles zeigen ({0} Zeichen)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Photo link</source>
        <translation>Foto-Link</translation>
    </message>
    <message>
        <source>Where we met (detail)</source>
        <translation>Kennengelernt bei (Details)</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Kennengelernt am</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>{0}   (not kept: {1})</source>
        <translation>{0}   (verworfen: {1})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>{0} new, {1} updated, {2} cancelled, {3} unchanged, {4} older copies ignored.</source>
        <translation>{0} neu, {1} aktualisiert, {2} abgesagt, {3} unverändert, {4} ältere Kopien ignoriert.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>{0} new, {1} updated, {2} unchanged, {3} skipped because they are damaged.</source>
        <translation>{0} neu, {1} aktualisiert, {2} unverändert, {3} übersprungen, weil beschädigt.</translation>
    </message>
    <message>
        <source>{0} (all day)</source>
        <translation>{0} (ganztägig)</translation>
    </message>
    <message>
        <source>{0} ({1} in {2})</source>
        <translation>{0} ({1} in {2})</translation>
    </message>
    <message>
        <source>{0} (overdue)</source>
        <translation>{0} (überfällig)</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>{0} d ago</source>
        <translation>vor {0} Tg.</translation>
    </message>
    <message>
        <source>{0} (every {1} d)</source>
        <translation>{0} (alle {1} Tg.)</translation>
    </message>
    <message>
        <source>{0} (agreed {1})</source>
        <translation>{0} (vereinbart {1})</translation>
    </message>
    <message>
        <source>{0} / {1} / {2}</source>
        <translation>{0} / {1} / {2}</translation>
    </message>
    <message>
        <source>Tasks on time / late / overdue</source>
        <translation>Aufgaben pünktlich/spät/überfällig</translation>
    </message>
    <message>
        <source>Their replies</source>
        <translation>Antworten Gegenüber</translation>
    </message>
    <message>
        <source>My replies</source>
        <translation>Meine Antworten</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Treffen gehalten</translation>
    </message>
    <message>
        <source>I expect of {0}</source>
        <translation>Ich erwarte von {0}</translation>
    </message>
    <message>
        <source>{0} expects of me</source>
        <translation>{0} erwartet von mir</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Erwartung</translation>
    </message>
    <message>
        <source>New expectation</source>
        <translation>Neue Erwartung</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>fällig {0}</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>Zieldatum {0}</translation>
    </message>
    <message>
        <source>mark {0}</source>
        <translation>als {0} markieren</translation>
    </message>
    <message>
        <source>renegotiate: “{0}”</source>
        <translation>neu aushandeln: „{0}“</translation>
    </message>
    <message>
        <source>agree it</source>
        <translation>vereinbaren</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Planned change</source>
        <translation>Geplante Änderung</translation>
    </message>
    <message>
        <source>Records to adapt</source>
        <translation>Anzupassende Einträge</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Neues Datum</translation>
    </message>
    <message>
        <source>Wit&amp;hout date</source>
        <translation>&amp;Ohne Datum</translation>
    </message>
    <message>
        <source>Without date</source>
        <translation>Ohne Datum</translation>
    </message>
    <message>
        <source>Mo&amp;ve date</source>
        <translation>Datum ver&amp;schieben</translation>
    </message>
    <message>
        <source>Move date</source>
        <translation>Datum verschieben</translation>
    </message>
    <message>
        <source>Mark &amp;met</source>
        <translation>Als erfüllt mar&amp;kieren</translation>
    </message>
    <message>
        <source>Mark met</source>
        <translation>Als erfüllt markieren</translation>
    </message>
    <message>
        <source>Mark m&amp;issed</source>
        <translation>Als ver&amp;fehlt markieren</translation>
    </message>
    <message>
        <source>Mark missed</source>
        <translation>Als verfehlt markieren</translation>
    </message>
    <message>
        <source>New wording</source>
        <translation>Neue Formulierung</translation>
    </message>
    <message>
        <source>Rene&amp;gotiate</source>
        <translation>&amp;Neu aushandeln</translation>
    </message>
    <message>
        <source>Renegotiate</source>
        <translation>Neu aushandeln</translation>
    </message>
    <message>
        <source>Kee&amp;p as it was</source>
        <translation>Be&amp;ibehalten</translation>
    </message>
    <message>
        <source>Keep as it was</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>New &amp;date</source>
        <translation>Neues &amp;Datum</translation>
    </message>
    <message>
        <source>New wo&amp;rding</source>
        <translation>Neue Fo&amp;rmulierung</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Erwartet von</translation>
    </message>
    <message>
        <source>I expect this of them</source>
        <translation>Ich erwarte es vom Gegenüber</translation>
    </message>
    <message>
        <source>They expect this of me</source>
        <translation>Das Gegenüber erwartet es von mir</translation>
    </message>
    <message>
        <source>Add to p&amp;lan</source>
        <translation>Zum &amp;Plan hinzufügen</translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation>Zum Plan hinzufügen</translation>
    </message>
    <message>
        <source>Review cadence in days</source>
        <translation>Rückblick-Rhythmus in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>New e&amp;xpectation</source>
        <translation>Neue Erwar&amp;tung</translation>
    </message>
    <message>
        <source>Expected b&amp;y</source>
        <translation>&amp;Erwartet von</translation>
    </message>
    <message>
        <source>Review &amp;cadence</source>
        <translation>Rü&amp;ckblick-Rhythmus</translation>
    </message>
    <message>
        <source>to agree</source>
        <translation>zu vereinbaren</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Smart lists</source>
        <translation>Intelligente Listen</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentor:innen</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>Aufgabenliste</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Name (parts)</source>
        <translation>Name (Teile)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Skipped occurrences</source>
        <translation>Ausgelassene Termine</translation>
    </message>
    <message>
        <source>Extra occurrences</source>
        <translation>Zusätzliche Termine</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <source>Meeting status</source>
        <translation>Status des Treffens</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (am %2)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 vorher</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 danach</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentorship(s)</source>
        <translation>
            <numerusform>%n Mentoring</numerusform>
            <numerusform>%n Mentorings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time entry(s)</source>
        <translation>
            <numerusform>%n Zeiteintrag</numerusform>
            <numerusform>%n Zeiteinträge</numerusform>
        </translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>From the meeting “{0}”</source>
        <translation>Aus dem Treffen „{0}“</translation>
    </message>
    <message>
        <source>Checklist: {0} of {1} done</source>
        <translation>Checkliste: {0} von {1} erledigt</translation>
    </message>
    <message>
        <source>Waiting on the other side</source>
        <translation>Wartet auf die andere Seite</translation>
    </message>
    <message>
        <source>Repeats: {0}</source>
        <translation>Wiederholung: {0}</translation>
    </message>
    <message>
        <source>Deliverable: {0}</source>
        <translation>Ergebnis: {0}</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor:in</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Rückblicke</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>with {0}</source>
        <translation>mit {0}</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>{0}, today</source>
        <translation>{0}, heute</translation>
    </message>
    <message>
        <source>{0}: no meetings</source>
        <translation>{0}: keine Treffen</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n meeting(s)</source>
        <translation>
            <numerusform>{0}: %n Treffen</numerusform>
            <numerusform>{0}: %n Treffen</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside {0}&apos;s availability ({1})</source>
        <translation>Außerhalb der Erreichbarkeit von {0} ({1})</translation>
    </message>
    <message>
        <source>Overlaps “{0}”, {1}–{2}</source>
        <translation>Überschneidet sich mit „{0}“, {1}–{2}</translation>
    </message>
    <message>
        <source>All day, wherever each person is.</source>
        <translation>Ganztägig, für alle am jeweiligen Ort.</translation>
    </message>
    <message>
        <source>At {0} on each person&apos;s own clock.</source>
        <translation>Um {0} nach der eigenen Uhr jeder Person.</translation>
    </message>
    <message>
        <source>You ({0}): {1}</source>
        <translation>Sie ({0}): {1}</translation>
    </message>
    <message>
        <source>{0}: time zone unknown</source>
        <translation>{0}: Zeitzone unbekannt</translation>
    </message>
    <message>
        <source>Reading contacts</source>
        <translation>Kontakte werden gelesen</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Exporting the calendar to {0}</source>
        <translation>Kalender wird nach {0} exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n meeting(s) to {0}</source>
        <translation>
            <numerusform>%n Treffen nach {0} exportiert</numerusform>
            <numerusform>%n Treffen nach {0} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the cancellation</source>
        <translation>Absage speichern</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Einladung speichern</translation>
    </message>
    <message>
        <source>Writing {0}</source>
        <translation>{0} wird geschrieben</translation>
    </message>
    <message>
        <source>Saved {0}; attach it to an email to send it</source>
        <translation>{0} gespeichert; zum Versenden an eine E-Mail anhängen</translation>
    </message>
    <message>
        <source>done on time</source>
        <translation>pünktlich erledigt</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>verspätet erledigt</translation>
    </message>
    <message>
        <source>open, not yet due</source>
        <translation>offen, noch nicht fällig</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>vereinbart</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0}: {1} – {2}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{0}: {1} – {2}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Time invested:&lt;/b&gt; {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Investierte Zeit:&lt;/b&gt; {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Meetings:&lt;/b&gt; {0} held of {1} planned, {2} cancelled</source>
        <translation>&lt;p&gt;&lt;b&gt;Treffen:&lt;/b&gt; {0} von {1} geplanten gehalten, {2} abgesagt</translation>
    </message>
    <message>
        <source>; the agreed cadence asks for {0}</source>
        <translation>; laut vereinbartem Rhythmus {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tasks due in the period:&lt;/b&gt; {0} of {1} done, {2} late&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Im Zeitraum fällige Aufgaben:&lt;/b&gt; {0} von {1} erledigt, {2} verspätet&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{0} (due {1}): {2}</source>
        <translation>{0} (fällig {1}): {2}</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>voraus</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>im Rückstand</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>kein Plan</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}, target {3}</source>
        <translation>{0}: {1}, {2}, Zieldatum {3}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Goals:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ziele:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Expectations:&lt;/b&gt; {0} met, {1} missed, {2} open&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Erwartungen:&lt;/b&gt; {0} erfüllt, {1} verfehlt, {2} offen&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) behind on “{0}”</source>
        <translation>
            <numerusform>%n Woche im Rückstand bei „{0}“</numerusform>
            <numerusform>%n Wochen im Rückstand bei „{0}“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ahead on “{0}”</source>
        <translation>
            <numerusform>%n Woche voraus bei „{0}“</numerusform>
            <numerusform>%n Wochen voraus bei „{0}“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last contact %n day(s) ago, agreed every {0}</source>
        <translation>
            <numerusform>letzter Kontakt vor %n Tag, vereinbart alle {0}</numerusform>
            <numerusform>letzter Kontakt vor %n Tagen, vereinbart alle {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact yet, agreed every %n day(s)</source>
        <translation>
            <numerusform>noch kein Kontakt, vereinbarter Abstand %n Tag</numerusform>
            <numerusform>noch kein Kontakt, vereinbarter Abstand %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n meeting(s) held</source>
        <translation>
            <numerusform>{0} von %n Treffen gehalten</numerusform>
            <numerusform>{0} von %n Treffen gehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue</source>
        <translation>
            <numerusform>%n Aufgabe überfällig</numerusform>
            <numerusform>%n Aufgaben überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>their replies take {0} h, agreed {1} h</source>
        <translation>Antworten des Gegenübers dauern {0} h, vereinbart {1} h</translation>
    </message>
    <message>
        <source>my replies take {0} h, agreed {1} h</source>
        <translation>meine Antworten dauern {0} h, vereinbart {1} h</translation>
    </message>
    <message>
        <source>no agreement yet</source>
        <translation>noch keine Vereinbarung</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>Noch keine Rückblicke.</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n day(s) moved)</source>
        <translation>
            <numerusform>{0} (%n Tag verschoben)</numerusform>
            <numerusform>{0} (%n Tage verschoben)</numerusform>
        </translation>
    </message>
    <message>
        <source>shrinking</source>
        <translation>werden weniger</translation>
    </message>
    <message>
        <source>not shrinking yet</source>
        <translation>noch nicht weniger</translation>
    </message>
    <message>
        <source>Changes per review, oldest first: {0}; {1}.</source>
        <translation>Änderungen je Rückblick, älteste zuerst: {0}; {1}.</translation>
    </message>
    <message>
        <source>Changes per review</source>
        <translation>Änderungen je Rückblick</translation>
    </message>
    <message>
        <source>{0} · {1} d</source>
        <translation>{0} · {1} Tg.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Nothing to report yet.</source>
        <translation>Noch nichts zu berichten.</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Webseite (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exporting the report to {0}</source>
        <translation>Bericht wird nach {0} exportiert</translation>
    </message>
    <message>
        <source>Report written to {0}</source>
        <translation>Bericht nach {0} geschrieben</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading calendar settings</source>
        <translation>Kalendereinstellungen werden gelesen</translation>
    </message>
    <message>
        <source>Saving calendar settings</source>
        <translation>Kalendereinstellungen werden gespeichert</translation>
    </message>
    <message>
        <source>Calendar settings saved; calendar.ics is kept in {0}</source>
        <translation>Kalendereinstellungen gespeichert; calendar.ics liegt in {0}</translation>
    </message>
    <message>
        <source>Calendar settings saved</source>
        <translation>Kalendereinstellungen gespeichert</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>Formulierung</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>review every (days)</source>
        <translation>Rückblick alle (Tage)</translation>
    </message>
    <message>
        <source>of</source>
        <translation>von</translation>
    </message>
    <message>
        <source>replaced by</source>
        <translation>ersetzt durch</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Task “{0}” due {1} → {2}</source>
        <translation>Aufgabe „{0}“ fällig {1} → {2}</translation>
    </message>
    <message>
        <source>Expectation “{0}” due {1} → {2}</source>
        <translation>Erwartung „{0}“ fällig {1} → {2}</translation>
    </message>
    <message>
        <source>Goal “{0}” target {1} → {2}</source>
        <translation>Ziel „{0}“ Zieldatum {1} → {2}</translation>
    </message>
    <message>
        <source>New expectation “{0}”</source>
        <translation>Neue Erwartung „{0}“</translation>
    </message>
    <message>
        <source>Expectation “{0}” {1} → {2}</source>
        <translation>Erwartung „{0}“ {1} → {2}</translation>
    </message>
    <message>
        <source>Expectation “{0}” renegotiated: “{1}”</source>
        <translation>Erwartung „{0}“ neu vereinbart: „{1}“</translation>
    </message>
    <message>
        <source>Expectation “{0}” now “{1}”</source>
        <translation>Erwartung „{0}“ jetzt „{1}“</translation>
    </message>
    <message numerus="yes">
        <source>Review every {0} → %n day(s)</source>
        <translation>
            <numerusform>Rückblick alle {0} → %n Tag</numerusform>
            <numerusform>Rückblick alle {0} → %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe erledigen</numerusform>
            <numerusform>%n Aufgaben erledigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe verwerfen</numerusform>
            <numerusform>%n Aufgaben verwerfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe verschieben</numerusform>
            <numerusform>%n Aufgaben verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reschedule %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe umplanen</numerusform>
            <numerusform>%n Aufgaben umplanen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppUndo</name>
    <message>
        <source>Redid {0}.</source>
        <translation>{0} wiederholt.</translation>
    </message>
    <message>
        <source>Undid {0}.</source>
        <translation>{0} rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>AttendeeResponse</name>
    <message>
        <source>Needs action</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Vorläufig</translation>
    </message>
</context>
<context>
    <name>AttentionReason</name>
    <message>
        <source>No reply yet: follow up</source>
        <translation>Noch keine Antwort: nachhaken</translation>
    </message>
    <message>
        <source>Time to stay in touch</source>
        <translation>Zeit, sich zu melden</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Daily backup</source>
        <translation>Tägliche Sicherung</translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <source>Last good sync</source>
        <translation>Letzte erfolgreiche Synchronisierung</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Sync-Einstellungen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>No sync account yet: Edit ▸ Sync accounts…</source>
        <translation>Noch kein Sync-Konto: Bearbeiten ▸ Sync-Konten…</translation>
    </message>
    <message>
        <source>Synced: %1 moved, %2 need a look</source>
        <translation>Synchronisiert: %1 übertragen, %2 zu prüfen</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Sync accounts</source>
        <translation>Sync-Konten</translation>
    </message>
    <message>
        <source>Add sync account</source>
        <translation>Sync-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove sync account</source>
        <translation>Sync-Konto entfernen</translation>
    </message>
</context>
<context>
    <name>BackupKind</name>
    <message>
        <source>Encrypted backup</source>
        <translation>Verschlüsselte Sicherung</translation>
    </message>
    <message>
        <source>Unfinished backup</source>
        <translation>Unvollständige Sicherung</translation>
    </message>
    <message>
        <source>Safety copy</source>
        <translation>Sicherheitskopie</translation>
    </message>
</context>
<context>
    <name>BackupSetupWizard</name>
    <message>
        <source>Set up encrypted backups</source>
        <translation>Verschlüsselte Sicherungen einrichten</translation>
    </message>
</context>
<context>
    <name>BackupState</name>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>not checked (no key)</source>
        <translation>nicht geprüft (kein Schlüssel)</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>made with another key</source>
        <translation>mit anderem Schlüssel erstellt</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>unbrauchbar</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Encrypted copies of your workspace, kept in {0}</source>
        <translation>Verschlüsselte Kopien Ihres Arbeitsbereichs, abgelegt in {0}</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Sicherungsstatus</translation>
    </message>
    <message>
        <source>Set up backups…</source>
        <translation>Sicherungen einrichten…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>Aus Datei wiederherstellen…</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <source>Set up backups, then back up now: each backup is encrypted and checked.</source>
        <translation>Richten Sie Sicherungen ein und sichern Sie dann: Jede Sicherung wird verschlüsselt und geprüft.</translation>
    </message>
    <message>
        <source>What the selected backup holds</source>
        <translation>Inhalt der gewählten Sicherung</translation>
    </message>
    <message>
        <source>Back up when MentorDesk closes</source>
        <translation>Beim Beenden von MentorDesk sichern</translation>
    </message>
    <message>
        <source>Back up once a day while open</source>
        <translation>Täglich sichern, solange geöffnet</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Warn when the last backup is older than</source>
        <translation>Warnen, wenn die letzte Sicherung älter ist als</translation>
    </message>
    <message>
        <source>Second copy folder</source>
        <translation>Ordner für Zweitkopie</translation>
    </message>
    <message>
        <source>Choose a second folder…</source>
        <translation>Zweiten Ordner wählen…</translation>
    </message>
    <message>
        <source>No second copy</source>
        <translation>Keine Zweitkopie</translation>
    </message>
    <message>
        <source>Second copy in {0}</source>
        <translation>Zweitkopie in {0}</translation>
    </message>
    <message>
        <source>No second copy (a USB disk or a synced folder is safer)</source>
        <translation>Keine Zweitkopie (sicherer: USB-Laufwerk, Cloud-Ordner)</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Zweiter Sicherungsordner</translation>
    </message>
    <message>
        <source>⚠ Backups are not set up yet: your notes exist only on this computer.</source>
        <translation>⚠ Sicherungen sind noch nicht eingerichtet: Ihre Notizen gibt es nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>⚠ {0}.</source>
        <translation>⚠ {0}.</translation>
    </message>
    <message>
        <source>⚠ No good backup yet: back up now.</source>
        <translation>⚠ Noch keine gültige Sicherung: Jetzt sichern.</translation>
    </message>
    <message>
        <source>Last good backup: {0}</source>
        <translation>Letzte gültige Sicherung: {0}</translation>
    </message>
    <message>
        <source>⚠ {0}, {1} days ago: older than you asked for. Back up now.</source>
        <translation>⚠ {0}, vor {1} Tagen: älter als gewünscht. Jetzt sichern.</translation>
    </message>
    <message>
        <source>Holds {0}.</source>
        <translation>Enthält {0}.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>The backup key is locked with your passphrase:</source>
        <translation>Der Sicherungsschlüssel ist mit Ihrer Passphrase gesperrt:</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Backup saved: {0}</source>
        <translation>Sicherung gespeichert: {0}</translation>
    </message>
    <message>
        <source>{0}; but {1}</source>
        <translation>{0}; aber {1}</translation>
    </message>
    <message>
        <source>, and copied to the second folder</source>
        <translation> und in den zweiten Ordner kopiert</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Sicherung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Backup restored; the replaced data is in the safety folder.</source>
        <translation>Sicherung wiederhergestellt; die ersetzten Daten liegen im Sicherheitsordner.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>MentorDesk backups (*.mdbk)</source>
        <translation>MentorDesk-Sicherungen (*.mdbk)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>This backup&apos;s key is not on this computer. Type its recovery key:</source>
        <translation>Der Schlüssel dieser Sicherung ist nicht auf diesem Computer. Geben Sie ihren Wiederherstellungsschlüssel ein:</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Meetings with</source>
        <translation>Treffen mit</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Allen</translation>
    </message>
    <message>
        <source>&amp;Limit to these days</source>
        <translation>Auf diese Tage &amp;beschränken</translation>
    </message>
    <message>
        <source>Limit the export to a range of days</source>
        <translation>Export auf einen Zeitraum beschränken</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Add dated &amp;tasks</source>
        <translation>&amp;Aufgaben mit Datum hinzufügen</translation>
    </message>
    <message>
        <source>Add dated tasks as to-dos</source>
        <translation>Aufgaben mit Datum als To-dos hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Meetings &amp;with</source>
        <translation>Treffen &amp;mit</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>b&amp;is</translation>
    </message>
</context>
<context>
    <name>CalendarPublisher</name>
    <message>
        <source>Reading calendar settings</source>
        <translation>Kalendereinstellungen werden gelesen</translation>
    </message>
    <message>
        <source>Publishing calendar.ics</source>
        <translation>calendar.ics wird veröffentlicht</translation>
    </message>
</context>
<context>
    <name>CalendarSettingsDialog</name>
    <message>
        <source>Calendar settings</source>
        <translation>Kalendereinstellungen</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>Mein Name</translation>
    </message>
    <message>
        <source>My email address</source>
        <translation>Meine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>sie@example.org</translation>
    </message>
    <message>
        <source>Publish folder</source>
        <translation>Veröffentlichungsordner</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the publish folder</source>
        <translation>Veröffentlichungsordner wählen</translation>
    </message>
    <message>
        <source>Invitations you export name you as organizer. When a folder is set, MentorDesk keeps calendar.ics there up to date after every change, for Thunderbird, GNOME Calendar or Outlook to subscribe to.</source>
        <translation>Exportierte Einladungen nennen Sie als Organisator:in. Ist ein Ordner gesetzt, hält MentorDesk die Datei calendar.ics dort nach jeder Änderung aktuell, damit Thunderbird, GNOME Kalender oder Outlook sie abonnieren können.</translation>
    </message>
    <message>
        <source>My &amp;name</source>
        <translation>Mein &amp;Name</translation>
    </message>
    <message>
        <source>My &amp;email</source>
        <translation>Meine &amp;E-Mail</translation>
    </message>
    <message>
        <source>Publish &amp;folder</source>
        <translation>Veröffentlichungs&amp;ordner</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Your meetings in your time zone, coloured by mentor. Double-click or Ctrl+N plans one; drag one in the week to move it.</source>
        <translation>Ihre Treffen in Ihrer Zeitzone, farbig nach Mentor:in. Doppelklick oder Strg+N plant ein Treffen; in der Woche verschieben Sie es durch Ziehen.</translation>
    </message>
    <message>
        <source>Month, week or agenda</source>
        <translation>Monat, Woche oder Agenda</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Noch keine Treffen</translation>
    </message>
    <message>
        <source>Meetings and recurring check-ins with your mentors will appear here.</source>
        <translation>Treffen und regelmäßige Gespräche mit Ihren Mentor:innen erscheinen hier.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <source>Previous month or week (PgUp)</source>
        <translation>Vorheriger Monat oder vorherige Woche (Bild auf)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Zu heute springen (Strg+T)</translation>
    </message>
    <message>
        <source>Next month or week (PgDown)</source>
        <translation>Nächster Monat oder nächste Woche (Bild ab)</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <source>New meeting (Ctrl+N)</source>
        <translation>Neues Treffen (Strg+N)</translation>
    </message>
    <message>
        <source>Invitation…</source>
        <translation>Einladung…</translation>
    </message>
    <message>
        <source>Save the focused meeting as an invitation to send (.ics)</source>
        <translation>Ausgewähltes Treffen als Einladung zum Versenden speichern (.ics)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import a calendar file (.ics); you can also drop one here</source>
        <translation>Kalenderdatei (.ics) importieren; Sie können sie auch hierher ziehen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export meetings to a calendar file (.ics)</source>
        <translation>Treffen in eine Kalenderdatei (.ics) exportieren</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Pick a meeting first (click it or move to it), then save its invitation.</source>
        <translation>Wählen Sie zuerst ein Treffen (anklicken oder mit den Pfeiltasten), dann speichern Sie seine Einladung.</translation>
    </message>
    <message>
        <source>The last month and the next three</source>
        <translation>Der letzte Monat und die nächsten drei</translation>
    </message>
    <message>
        <source>Move {0}</source>
        <translation>{0} verschieben</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
</context>
<context>
    <name>ChannelList</name>
    <message>
        <source>Preferred channels, most preferred first</source>
        <translation>Bevorzugte Kanäle, der liebste zuerst</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move channel up</source>
        <translation>Kanal nach oben</translation>
    </message>
    <message>
        <source>Move channel down</source>
        <translation>Kanal nach unten</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Add an item and press Enter</source>
        <translation>Punkt eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>New checklist item</source>
        <translation>Neuer Checklistenpunkt</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Punkt entfernen</translation>
    </message>
    <message>
        <source>Remove checklist item</source>
        <translation>Checklistenpunkt entfernen</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>zu tun</translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <source>Use the server&apos;s</source>
        <translation>Server-Wert nehmen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>Use the server&apos;s %1</source>
        <translation>%1 vom Server nehmen</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Add a mentor</source>
        <translation>Mentor:in hinzufügen</translation>
    </message>
    <message>
        <source>Contact sections</source>
        <translation>Kontaktbereiche</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Where we met</source>
        <translation>&amp;Kennengelernt</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Vereinbarung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Email addresses, one per line</source>
        <translation>E-Mail-Adressen, eine pro Zeile</translation>
    </message>
    <message>
        <source>Phone numbers, one per line</source>
        <translation>Telefonnummern, eine pro Zeile</translation>
    </message>
    <message>
        <source>Links, one per line</source>
        <translation>Links, einer pro Zeile</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Relat&amp;ionship:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Geburtstag:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;izen:</translation>
    </message>
    <message>
        <source>Where you met</source>
        <translation>Wo Sie sich kennengelernt haben</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Details of where you met</source>
        <translation>Details zum Kennenlernen</translation>
    </message>
    <message>
        <source>Which event, group or site</source>
        <translation>Welche Veranstaltung, Gruppe oder Website</translation>
    </message>
    <message>
        <source>I re&amp;member the date</source>
        <translation>Ich kenne das &amp;Datum</translation>
    </message>
    <message>
        <source>I remember the date we met</source>
        <translation>Ich kenne das Datum unseres Kennenlernens</translation>
    </message>
    <message>
        <source>Date we met</source>
        <translation>Datum des Kennenlernens</translation>
    </message>
    <message>
        <source>Wh&amp;ere:</source>
        <translation>&amp;Wo:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>D&amp;etails:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Am:</translation>
    </message>
    <message>
        <source>Availability windows in their time zone</source>
        <translation>Erreichbarkeit in deren Zeitzone</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>They reply within (hours)</source>
        <translation>Antwortet innerhalb von (Stunden)</translation>
    </message>
    <message>
        <source>I reply within (hours)</source>
        <translation>Ich antworte innerhalb von (Stunden)</translation>
    </message>
    <message>
        <source>Talk at least every (days)</source>
        <translation>Mindestens alle (Tage) sprechen</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>Ka&amp;näle:</translation>
    </message>
    <message>
        <source>Availa&amp;ble:</source>
        <translation>&amp;Erreichbar:</translation>
    </message>
    <message>
        <source>&amp;They reply within:</source>
        <translation>&amp;Antwortet innerhalb:</translation>
    </message>
    <message>
        <source>&amp;I reply within:</source>
        <translation>&amp;Ich antworte innerhalb:</translation>
    </message>
    <message>
        <source>Talk e&amp;very:</source>
        <translation>&amp;Sprechen alle:</translation>
    </message>
    <message>
        <source>this new contact</source>
        <translation>diesen neuen Kontakt</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard your changes to {0}?</source>
        <translation>Ihre Änderungen an {0} verwerfen?</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>nicht vereinbart</translation>
    </message>
</context>
<context>
    <name>ContactFilterBar</name>
    <message>
        <source>Filter by stage</source>
        <translation>Nach Phase filtern</translation>
    </message>
    <message>
        <source>Filter by where you met</source>
        <translation>Nach Kennenlernort filtern</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Needs &amp;attention</source>
        <translation>&amp;Handlungsbedarf</translation>
    </message>
    <message>
        <source>Only contacts that need attention</source>
        <translation>Nur Kontakte mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>All stages ({0})</source>
        <translation>Alle Phasen ({0})</translation>
    </message>
    <message>
        <source>Met anywhere</source>
        <translation>Alle Orte</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Needs &amp;attention ({0})</source>
        <translation>&amp;Handlungsbedarf ({0})</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Namen eingeben…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Your mentors, mentees and prospects, and how each relationship stands.</source>
        <translation>Ihre Mentor:innen, Mentees und Kontakte in Aussicht, und wie jede Beziehung steht.</translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation>Kontaktaktionen</translation>
    </message>
    <message>
        <source>Contact list and details</source>
        <translation>Kontaktliste und Details</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>vCard import and export</source>
        <translation>vCard-Import und -Export</translation>
    </message>
    <message>
        <source>Import or export contacts as vCard (Ctrl+I, Ctrl+Shift+X)</source>
        <translation>Kontakte als vCard importieren oder exportieren (Strg+I, Strg+Umschalt+X)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Letzte Änderung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Add your first mentor</source>
        <translation>Fügen Sie Ihre erste Mentorin oder Ihren ersten Mentor hinzu</translation>
    </message>
    <message>
        <source>Keep track of the people who help you grow: where you met, how you agreed to work together, and when you last talked.</source>
        <translation>Behalten Sie die Menschen im Blick, die Sie weiterbringen: wo Sie sich kennengelernt haben, wie Sie zusammenarbeiten wollen und wann Sie zuletzt gesprochen haben.</translation>
    </message>
    <message>
        <source>Add your first mentor…</source>
        <translation>Erste Mentor:in hinzufügen…</translation>
    </message>
    <message>
        <source>Import from a vCard file…</source>
        <translation>Aus vCard-Datei importieren…</translation>
    </message>
    <message>
        <source>Load sample data into this workspace</source>
        <translation>Beispieldaten in diesen Arbeitsbereich laden</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>{0} hinzufügen</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} gespeichert.</translation>
    </message>
    <message>
        <source>Log contact with {0}</source>
        <translation>Kontakt mit {0} erfassen</translation>
    </message>
    <message>
        <source>Logged contact with {0}.</source>
        <translation>Kontakt mit {0} erfasst.</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Delete {0} with their mentorship, agreement and interaction log? You can undo this with Ctrl+Z.</source>
        <translation>{0} mit Mentoring, Vereinbarung und Kontaktverlauf löschen? Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>{0} löschen</translation>
    </message>
    <message>
        <source>Deleted {0}. Press Ctrl+Z to undo.</source>
        <translation>{0} gelöscht. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard-Dateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
</context>
<context>
    <name>DashboardFilters</name>
    <message>
        <source>All mentors</source>
        <translation>Alle Mentor:innen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor:in:</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor:in</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigener Zeitraum</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
</context>
<context>
    <name>ExpectationDialog</name>
    <message>
        <source>Renegotiate expectation</source>
        <translation>Erwartung neu aushandeln</translation>
    </message>
    <message>
        <source>New expectation</source>
        <translation>Neue Erwartung</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Who expects it</source>
        <translation>Wer erwartet es</translation>
    </message>
    <message>
        <source>I expect this of them</source>
        <translation>Ich erwarte es vom Gegenüber</translation>
    </message>
    <message>
        <source>They expect this of me</source>
        <translation>Das Gegenüber erwartet es von mir</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Erwartung</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;Mit</translation>
    </message>
    <message>
        <source>W&amp;ho expects it</source>
        <translation>&amp;Wer erwartet es</translation>
    </message>
    <message>
        <source>&amp;Expectation</source>
        <translation>&amp;Erwartung</translation>
    </message>
    <message>
        <source>&amp;Agreed on</source>
        <translation>&amp;Vereinbart am</translation>
    </message>
</context>
<context>
    <name>ExpectationStatus</name>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
</context>
<context>
    <name>ExpectationsPanel</name>
    <message>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <source>No expectations yet</source>
        <translation>Noch keine Erwartungen</translation>
    </message>
    <message>
        <source>Write down what you and your mentor expect of each other.</source>
        <translation>Halten Sie fest, was Sie und Ihr Gegenüber voneinander erwarten.</translation>
    </message>
    <message>
        <source>Add expectation</source>
        <translation>Erwartung hinzufügen</translation>
    </message>
    <message>
        <source>Add expectation…</source>
        <translation>Neue Erwartung…</translation>
    </message>
    <message>
        <source>Renegotiate…</source>
        <translation>Neu aushandeln…</translation>
    </message>
    <message>
        <source>Mark met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Mark missed</source>
        <translation>Verfehlt</translation>
    </message>
</context>
<context>
    <name>FeatureView</name>
    <message>
        <source>Loading {0}</source>
        <translation>{0} wird geladen</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Problem with: {0}</source>
        <translation>Problem bei: {0}</translation>
    </message>
</context>
<context>
    <name>FindTimeDialog</name>
    <message>
        <source>Find a time</source>
        <translation>Zeit finden</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>Freie Zeiten</translation>
    </message>
    <message>
        <source>Use this time</source>
        <translation>Diese Zeit nehmen</translation>
    </message>
    <message>
        <source>You
{0}</source>
        <translation>Sie
{0}</translation>
    </message>
    <message>
        <source>No free time in the next two weeks fits everyone&apos;s availability. Try fewer people or a shorter meeting.</source>
        <translation>In den nächsten zwei Wochen passt keine freie Zeit zur Erreichbarkeit aller. Versuchen Sie es mit weniger Personen oder einem kürzeren Treffen.</translation>
    </message>
    <message>
        <source>&amp;Free times inside everyone&apos;s availability, clear of your meetings:</source>
        <translation>&amp;Freie Zeiten in der Erreichbarkeit aller, ohne Ihre Treffen:</translation>
    </message>
    <message>
        <source>({0} agreed no availability: any time counts.)</source>
        <translation>({0}: keine Erreichbarkeit vereinbart, jede Zeit zählt.)</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Personal (no mentor)</source>
        <translation>Persönlich (ohne Mentor:in)</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Erfolgskriterien</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>No target date</source>
        <translation>Kein Zieldatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Set progress by &amp;hand</source>
        <translation>Fortschritt von &amp;Hand setzen</translation>
    </message>
    <message>
        <source>Progress in percent</source>
        <translation>Fortschritt in Prozent</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;Mit</translation>
    </message>
    <message>
        <source>Wh&amp;y it matters</source>
        <translation>&amp;Warum es wichtig ist</translation>
    </message>
    <message>
        <source>&amp;Success criteria</source>
        <translation>&amp;Erfolgskriterien</translation>
    </message>
    <message>
        <source>Started &amp;on</source>
        <translation>&amp;Begonnen am</translation>
    </message>
    <message>
        <source>&amp;Target date</source>
        <translation>Ziel&amp;datum</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>GoalSummary</name>
    <message>
        <source>Goal progress</source>
        <translation>Zielfortschritt</translation>
    </message>
    <message>
        <source>Goal pace and target</source>
        <translation>Tempo und Zieldatum</translation>
    </message>
    <message>
        <source>Edit goal…</source>
        <translation>Ziel bearbeiten…</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Pace: {0}</source>
        <translation>Tempo: {0}</translation>
    </message>
    <message>
        <source>the plan says {0} by today</source>
        <translation>laut Plan {0} bis heute</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>Ziel {0}</translation>
    </message>
    <message>
        <source>with {0}</source>
        <translation>mit {0}</translation>
    </message>
    <message>
        <source>{0} invested</source>
        <translation>{0} investiert</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>keine Zeit</translation>
    </message>
</context>
<context>
    <name>GuidedReviewDialog</name>
    <message>
        <source>Guided review</source>
        <translation>Geführter Rückblick</translation>
    </message>
    <message>
        <source>Mentorship</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Mentor&amp;ship</source>
        <translation>&amp;Mentoring</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Review steps</source>
        <translation>Schritte des Rückblicks</translation>
    </message>
    <message>
        <source>&amp;1 Plan and actual</source>
        <translation>&amp;1 Plan und Ist</translation>
    </message>
    <message>
        <source>&amp;2 Went well, kinks</source>
        <translation>&amp;2 Was lief gut, was hakte</translation>
    </message>
    <message>
        <source>&amp;3 Adapt</source>
        <translation>&amp;3 Anpassen</translation>
    </message>
    <message>
        <source>Plan and actual</source>
        <translation>Plan und Ist</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>Where the kinks were</source>
        <translation>Wo es hakte</translation>
    </message>
    <message>
        <source>What went &amp;well</source>
        <translation>Was gut &amp;lief</translation>
    </message>
    <message>
        <source>Where were the &amp;kinks</source>
        <translation>Wo es &amp;hakte</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>&amp;Apply review</source>
        <translation>Rückblick &amp;anwenden</translation>
    </message>
    <message>
        <source>Apply review</source>
        <translation>Rückblick anwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading mentorships</source>
        <translation>Mentorings werden geladen</translation>
    </message>
    <message>
        <source>No mentorship is under way yet.</source>
        <translation>Es läuft noch kein Mentoring.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Reading the period</source>
        <translation>Zeitraum wird gelesen</translation>
    </message>
    <message>
        <source>Review with {0}</source>
        <translation>Rückblick mit {0}</translation>
    </message>
    <message>
        <source>Review with {0} saved.</source>
        <translation>Rückblick mit {0} gespeichert.</translation>
    </message>
</context>
<context>
    <name>IcsAction</name>
    <message>
        <source>New meeting</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Cancel (kept in history)</source>
        <translation>Absagen (bleibt im Verlauf)</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>Older copy: ignored</source>
        <translation>Ältere Kopie: ignoriert</translation>
    </message>
</context>
<context>
    <name>IcsImportDialog</name>
    <message>
        <source>Import calendar from {0}</source>
        <translation>Kalender aus {0} importieren</translation>
    </message>
    <message>
        <source>Events in the file</source>
        <translation>Termine in der Datei</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… und {0} weitere</translation>
    </message>
    <message>
        <source>Noticed while reading:</source>
        <translation>Beim Lesen aufgefallen:</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>IcsImportFlow</name>
    <message>
        <source>Reading {0}</source>
        <translation>{0} wird gelesen</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>{0} importieren</translation>
    </message>
    <message>
        <source>Imported {0}: {1}.</source>
        <translation>{0} importiert: {1}.</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Edit logged contact with {0}</source>
        <translation>Erfassten Kontakt mit {0} bearbeiten</translation>
    </message>
    <message>
        <source>Log contact with {0}</source>
        <translation>Kontakt mit {0} erfassen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>Worum es ging</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>In &amp;reply to:</source>
        <translation>Antw&amp;ort auf:</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>Nothing in particular</source>
        <translation>Nichts Bestimmtes</translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Gave back</source>
        <translation>Etwas zurückgegeben</translation>
    </message>
</context>
<context>
    <name>InteractionLogDialog</name>
    <message>
        <source>Interactions with {0}</source>
        <translation>Kontaktverlauf mit {0}</translation>
    </message>
    <message>
        <source>Logged interactions, newest first</source>
        <translation>Erfasste Kontakte, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Interactions:</source>
        <translation>&amp;Kontakte:</translation>
    </message>
    <message>
        <source>Nothing logged yet. Use Log contact… to add the first.</source>
        <translation>Noch nichts erfasst. Mit „Kontakt erfassen…“ fügen Sie den ersten hinzu.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected interaction</source>
        <translation>Gewählten Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected interaction</source>
        <translation>Gewählten Kontakt löschen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo {0} (Ctrl+Z)</source>
        <translation>{0} rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Loading interactions</source>
        <translation>Kontakte werden geladen</translation>
    </message>
    <message>
        <source>Edit contact with {0} on {1}</source>
        <translation>Kontakt mit {0} am {1} bearbeiten</translation>
    </message>
    <message>
        <source>Saved the contact with {0}.</source>
        <translation>Kontakt mit {0} gespeichert.</translation>
    </message>
    <message>
        <source>Delete contact with {0} on {1}</source>
        <translation>Kontakt mit {0} am {1} löschen</translation>
    </message>
    <message>
        <source>Deleted the interaction of {0}. Press Ctrl+Z to undo.</source>
        <translation>Kontakt von {0} gelöscht. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Delete “{0}” of {1}? You can undo this.</source>
        <translation>„{0}“ von {1} löschen? Das lässt sich rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Protect your notes with encrypted backups</source>
        <translation>Schützen Sie Ihre Notizen mit verschlüsselten Sicherungen</translation>
    </message>
    <message>
        <source>MentorDesk will create a backup key and keep it in this computer&apos;s keyring. Backups are encrypted with it: nobody can read them without it.

You will then see a recovery key, once. With it you can restore your backups on a new computer. Keep it somewhere safe, away from this computer.</source>
        <translation>MentorDesk erstellt einen Sicherungsschlüssel und bewahrt ihn im Schlüsselbund dieses Computers auf. Sicherungen werden damit verschlüsselt: Ohne ihn kann niemand sie lesen.

Danach sehen Sie einmalig einen Wiederherstellungsschlüssel. Mit ihm stellen Sie Ihre Sicherungen auf einem neuen Computer wieder her. Bewahren Sie ihn sicher auf, nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>Create the keys</source>
        <translation>Schlüssel erstellen</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Something went wrong. The details are in the log: {0}</source>
        <translation>Etwas ist schiefgegangen. Details stehen im Protokoll: {0}</translation>
    </message>
</context>
<context>
    <name>LogTimeDialog</name>
    <message>
        <source>Log time on “{0}”</source>
        <translation>Zeit für „{0}“ buchen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuten</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Arbeitsbereich-Ordner</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Adding recurring tasks</source>
        <translation>Wiederkehrende Aufgaben werden angelegt</translation>
    </message>
    <message>
        <source>Loading sample data</source>
        <translation>Beispieldaten werden geladen</translation>
    </message>
    <message>
        <source>Sample data loaded.</source>
        <translation>Beispieldaten geladen.</translation>
    </message>
    <message>
        <source>Looking for sample data</source>
        <translation>Beispieldaten werden gesucht</translation>
    </message>
    <message>
        <source>Remove sample data</source>
        <translation>Beispieldaten entfernen</translation>
    </message>
    <message>
        <source>This workspace has no sample data.</source>
        <translation>Dieser Arbeitsbereich enthält keine Beispieldaten.</translation>
    </message>
    <message>
        <source>Removed the sample data. Press Ctrl+Z to undo.</source>
        <translation>Beispieldaten entfernt. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Remove the {0} sample records (the sample mentors, their meetings, tasks, goals and reviews) from this workspace? What you added yourself stays.</source>
        <translation>Die {0} Beispieleinträge (Beispiel-Mentor:innen mit ihren Treffen, Aufgaben, Zielen und Rückblicken) aus diesem Arbeitsbereich entfernen? Was Sie selbst angelegt haben, bleibt.</translation>
    </message>
    <message>
        <source>{0} of your own records belong to sample records and go with them.</source>
        <translation>{0} Ihrer eigenen Einträge gehören zu Beispieleinträgen und werden mit entfernt.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Alle Daten exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Exporting to {0}</source>
        <translation>Export nach {0}</translation>
    </message>
    <message>
        <source>Exported all data to {0}</source>
        <translation>Alle Daten nach {0} exportiert</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>In {0}</source>
        <translation>In {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;MentorDesk {0}&lt;/b&gt;&lt;p&gt;Run your mentoring relationships well, offline.&lt;/p&gt;&lt;p&gt;Data folder: {1}&lt;br&gt;Log file: {2}&lt;/p&gt;</source>
        <translation>&lt;b&gt;MentorDesk {0}&lt;/b&gt;&lt;p&gt;Pflegen Sie Ihre Mentoring-Beziehungen gut, offline.&lt;/p&gt;&lt;p&gt;Datenordner: {1}&lt;br&gt;Protokolldatei: {2}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About MentorDesk</source>
        <translation>Über MentorDesk</translation>
    </message>
</context>
<context>
    <name>MeetingEditorDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Treffen bearbeiten</translation>
    </message>
    <message>
        <source>Edit one occurrence</source>
        <translation>Einzeltermin bearbeiten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;People and place</source>
        <translation>&amp;Personen und Ort</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>P&amp;repare</source>
        <translation>&amp;Vorbereiten</translation>
    </message>
    <message>
        <source>Draft the agenda from what is open with these people</source>
        <translation>Agenda aus dem entwerfen, was mit diesen Personen offen ist</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Make &amp;tasks from action items</source>
        <translation>Aufgaben aus &amp;To-dos anlegen</translation>
    </message>
    <message>
        <source>Save the meeting first</source>
        <translation>Erst das Treffen speichern</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>⚠ This meeting changed here and on the server since the last sync.</source>
        <translation>⚠ Dieses Treffen wurde seit dem letzten Abgleich hier und auf dem Server geändert.</translation>
    </message>
    <message>
        <source>Look at both versions of this meeting</source>
        <translation>Beide Fassungen dieses Treffens ansehen</translation>
    </message>
    <message>
        <source>Find a &amp;time…</source>
        <translation>Zeit &amp;finden…</translation>
    </message>
    <message>
        <source>Find a time</source>
        <translation>Zeit finden</translation>
    </message>
    <message>
        <source>Times for each person</source>
        <translation>Zeiten für jede Person</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>One occurrence of a repeating meeting.</source>
        <translation>Einzeltermin eines wiederkehrenden Treffens.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Look at both &amp;versions…</source>
        <translation>Beide Fassun&amp;gen ansehen…</translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>Suc&amp;hen</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Lin&amp;k</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>Re&amp;minder</source>
        <translation>&amp;Erinnerung</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Default ({0} min)</source>
        <translation>Standard ({0} Min.)</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Zu Beginn</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n Minute vorher</numerusform>
            <numerusform>%n Minuten vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Change a repeating meeting</source>
        <translation>Wiederkehrendes Treffen ändern</translation>
    </message>
    <message>
        <source>Change only this occurrence, or the whole series?</source>
        <translation>Nur diesen Termin ändern oder die ganze Serie?</translation>
    </message>
    <message>
        <source>This occurrence</source>
        <translation>Diesen Termin</translation>
    </message>
    <message>
        <source>Whole series</source>
        <translation>Ganze Serie</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Close the meeting without saving your changes?</source>
        <translation>Treffen schließen, ohne Ihre Änderungen zu speichern?</translation>
    </message>
    <message>
        <source>Replace the agenda</source>
        <translation>Agenda ersetzen</translation>
    </message>
    <message>
        <source>Replace the agenda you wrote with a new draft?</source>
        <translation>Ihre Agenda durch einen neuen Entwurf ersetzen?</translation>
    </message>
    <message>
        <source>Nothing is open with these people.</source>
        <translation>Mit diesen Personen ist nichts offen.</translation>
    </message>
    <message>
        <source>Drafted from what is open; edit it as you like.</source>
        <translation>Aus dem Offenen entworfen; ändern Sie sie nach Belieben.</translation>
    </message>
    <message>
        <source>No action items: start a line with “- [ ]”, “TODO:” or “Action:”.</source>
        <translation>Keine To-dos: Beginnen Sie eine Zeile mit „- [ ]“, „TODO:“ oder „Action:“.</translation>
    </message>
    <message numerus="yes">
        <source>Made %n task(s).</source>
        <translation>
            <numerusform>%n Aufgabe angelegt.</numerusform>
            <numerusform>%n Aufgaben angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those action items are tasks already.</source>
        <translation>Diese To-dos sind schon Aufgaben.</translation>
    </message>
</context>
<context>
    <name>MeetingEditorFlow</name>
    <message>
        <source>Open meeting</source>
        <translation>Treffen öffnen</translation>
    </message>
    <message>
        <source>Check the meeting time</source>
        <translation>Zeit des Treffens prüfen</translation>
    </message>
    <message>
        <source>Prepare the agenda</source>
        <translation>Agenda vorbereiten</translation>
    </message>
    <message>
        <source>Make tasks from action items</source>
        <translation>Aufgaben aus To-dos anlegen</translation>
    </message>
    <message>
        <source>Find a time</source>
        <translation>Zeit finden</translation>
    </message>
    <message>
        <source>Save meeting “{0}”</source>
        <translation>Treffen „{0}“ speichern</translation>
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation>„{0}“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>MeetingPickDialog</name>
    <message>
        <source>Start the timer on a meeting</source>
        <translation>Timer für ein Treffen starten</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>&amp;Meetings from yesterday to tomorrow</source>
        <translation>&amp;Treffen von gestern bis morgen</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
</context>
<context>
    <name>MeetingReminders</name>
    <message>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <source>Meeting reminders</source>
        <translation>Erinnerungen an Treffen</translation>
    </message>
    <message>
        <source>With {0}</source>
        <translation>Mit {0}</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>MeetingTimeFields</name>
    <message>
        <source>Kind of time</source>
        <translation>Art der Zeitangabe</translation>
    </message>
    <message>
        <source>At a time in a time zone</source>
        <translation>Uhrzeit in einer Zeitzone</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>Floating (same clock time anywhere)</source>
        <translation>Ortsunabhängig (überall dieselbe Uhrzeit)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Beginnt um</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Endet um</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Repeat rule (RRULE)</source>
        <translation>Wiederholungsregel (RRULE)</translation>
    </message>
    <message>
        <source>Skipped dates</source>
        <translation>Ausgelassene Termine</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>Zurüc&amp;kholen</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Bring the selected skipped date back</source>
        <translation>Ausgewählten ausgelassenen Termin zurückholen</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Endet am</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ar&amp;t</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Ru&amp;le</source>
        <translation>&amp;Regel</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>Wieder&amp;holung</translation>
    </message>
    <message>
        <source>Skipp&amp;ed</source>
        <translation>Ausge&amp;lassen</translation>
    </message>
    <message>
        <source>Write the repeat rule, or pick a preset</source>
        <translation>Regel schreiben oder eine Vorlage wählen</translation>
    </message>
    <message>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Weekly on {0}</source>
        <translation>Wöchentlich am {0}</translation>
    </message>
    <message>
        <source>Every two weeks on {0}</source>
        <translation>Alle zwei Wochen am {0}</translation>
    </message>
    <message>
        <source>Monthly on the {0} {1}</source>
        <translation>Monatlich am {0} {1}</translation>
    </message>
    <message>
        <source>Custom rule…</source>
        <translation>Eigene Regel…</translation>
    </message>
</context>
<context>
    <name>MentorshipDirection</name>
    <message>
        <source>They mentor me</source>
        <translation>Mentor:in für mich</translation>
    </message>
    <message>
        <source>I mentor them</source>
        <translation>Ich bin Mentor:in</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message>
        <source>Preparing the merge</source>
        <translation>Zusammenführung wird vorbereitet</translation>
    </message>
    <message>
        <source>Merge {0} into {1}</source>
        <translation>{0} mit {1} zusammenführen</translation>
    </message>
    <message>
        <source>Merged {0} into {1}. Press Ctrl+Z to undo.</source>
        <translation>{0} mit {1} zusammengeführt. Strg+Z macht es rückgängig.</translation>
    </message>
</context>
<context>
    <name>MergePickerDialog</name>
    <message>
        <source>Merge duplicate</source>
        <translation>Duplikat zusammenführen</translation>
    </message>
    <message>
        <source>Which contact is the same person as {0}? You see the result before anything changes.</source>
        <translation>Welcher Kontakt ist dieselbe Person wie {0}? Sie sehen das Ergebnis, bevor sich etwas ändert.</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Zusammenzuführende Kontakte</translation>
    </message>
    <message>
        <source>&amp;Preview merge…</source>
        <translation>&amp;Vorschau der Zusammenführung…</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>ähnlicher Name</translation>
    </message>
    <message>
        <source>likely duplicate: {0}</source>
        <translation>wahrscheinlich doppelt: {0}</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <source>Merge {0} into {1}?</source>
        <translation>{0} mit {1} zusammenführen?</translation>
    </message>
    <message>
        <source>Stage: {0} (was {1} and {2}); both stage histories are kept ({3} steps).</source>
        <translation>Phase: {0} (war {1} und {2}); beide Phasenverläufe bleiben erhalten ({3} Schritte).</translation>
    </message>
    <message>
        <source>Moving over: {0} logged contacts, {1} tasks, {2} meeting invitations.</source>
        <translation>Wird übernommen: {0} erfasste Kontakte, {1} Aufgaben, {2} Einladungen zu Treffen.</translation>
    </message>
    <message>
        <source>{0} fields differ; the values of {1} are kept where marked. Use “Keep {2} instead” to keep the other&apos;s.</source>
        <translation>{0} Felder weichen ab; wo markiert, bleiben die Werte von {1}. Mit „Stattdessen {2} behalten“ behalten Sie die des anderen.</translation>
    </message>
    <message>
        <source>You can undo the merge with Ctrl+Z.</source>
        <translation>Mit Strg+Z können Sie die Zusammenführung rückgängig machen.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>Nach der Zusammenführung</translation>
    </message>
    <message>
        <source>Fields after the merge</source>
        <translation>Felder nach der Zusammenführung</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Keep {0} instead</source>
        <translation>Stattdessen {0} &amp;behalten</translation>
    </message>
</context>
<context>
    <name>MetChannel</name>
    <message>
        <source>Online mentoring network</source>
        <translation>Online-Mentoring-Netzwerk</translation>
    </message>
    <message>
        <source>Professional networking event</source>
        <translation>Berufliches Netzwerktreffen</translation>
    </message>
    <message>
        <source>Fitness class or group</source>
        <translation>Fitnesskurs oder -gruppe</translation>
    </message>
    <message>
        <source>Volunteer event</source>
        <translation>Ehrenamtliche Veranstaltung</translation>
    </message>
    <message>
        <source>Industry meetup or conference</source>
        <translation>Branchentreffen oder Konferenz</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Anderswo</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation>+{0} weitere</translation>
    </message>
</context>
<context>
    <name>MoveScopeDialog</name>
    <message>
        <source>Move a repeating meeting</source>
        <translation>Wiederkehrendes Treffen verschieben</translation>
    </message>
    <message>
        <source>Move only this occurrence of “{0}”, or all of the series?</source>
        <translation>Nur diesen Termin von „{0}“ verschieben oder die ganze Serie?</translation>
    </message>
    <message>
        <source>Only &amp;this one</source>
        <translation>Nur &amp;diesen</translation>
    </message>
    <message>
        <source>&amp;All of the series</source>
        <translation>Die ganze &amp;Serie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>NoMatch</name>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No {0} match “{1}” with the chosen filters.</source>
        <translation>Keine Treffer für „{1}“ mit den gewählten Filtern.</translation>
    </message>
    <message>
        <source>No {0} match “{1}”.</source>
        <translation>Keine Treffer für „{1}“.</translation>
    </message>
    <message>
        <source>No {0} match the chosen filters.</source>
        <translation>Keine Treffer mit den gewählten Filtern.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message>
        <source>Ahead</source>
        <translation>Voraus</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Im Rückstand</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Kein Plan</translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Them</source>
        <translation>Gegenüber</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>No keyring: choose a backup passphrase</source>
        <translation>Kein Schlüsselbund: Passphrase für Sicherungen wählen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Noch einmal dieselbe</translation>
    </message>
    <message>
        <source>Create the keys</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>{0}.

The backup key will be kept in the workspace, locked with a passphrase (never in plain text). You will need it for each backup.</source>
        <translation>{0}.

Der Sicherungsschlüssel wird im Arbeitsbereich abgelegt, mit einer Passphrase gesperrt (nie im Klartext). Sie brauchen sie für jede Sicherung.</translation>
    </message>
    <message>
        <source>At least 8 characters, typed twice.</source>
        <translation>Mindestens 8 Zeichen, zweimal eingegeben.</translation>
    </message>
</context>
<context>
    <name>PreviewAction</name>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
</context>
<context>
    <name>ProgressMode</name>
    <message>
        <source>From tasks</source>
        <translation>Aus Aufgaben</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Von Hand</translation>
    </message>
</context>
<context>
    <name>QuickAddDialog</name>
    <message>
        <source>Quick add task</source>
        <translation>Aufgabe schnell hinzufügen</translation>
    </message>
    <message>
        <source>Send the deck to Priya fri !high #talk</source>
        <translation>Folien an Priya schicken fri !high #talk</translation>
    </message>
    <message>
        <source>Task in one line</source>
        <translation>Aufgabe in einer Zeile</translation>
    </message>
    <message>
        <source>A date (fri, tomorrow, in 2 weeks, 3 Dec), !high, #goal, a name.</source>
        <translation>Ein Datum (fri, tomorrow, in 2 weeks, 3 Dec), !high, #ziel, ein Name.</translation>
    </message>
    <message>
        <source>Understood as</source>
        <translation>Verstanden als</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Reading the line</source>
        <translation>Zeile wird gelesen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Added “{0}”.</source>
        <translation>„{0}“ hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Search {0}…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Search {0}</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Type to search; Escape clears</source>
        <translation>Tippen zum Suchen; Esc leert</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>It is shown only now. Without it, a lost computer means lost backups.</source>
        <translation>Er wird nur jetzt angezeigt. Ohne ihn sind mit dem Computer auch die Sicherungen verloren.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>I have kept my recovery key somewhere safe</source>
        <translation>Ich habe meinen Wiederherstellungsschlüssel sicher aufbewahrt</translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager.</source>
        <translation>Kopiert. Fügen Sie ihn in Ihren Passwortmanager ein.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Wiederherstellungsschlüssel speichern</translation>
    </message>
    <message>
        <source>Saved to {0}. Keep a copy off this computer.</source>
        <translation>In {0} gespeichert. Bewahren Sie eine Kopie außerhalb dieses Computers auf.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message numerus="yes">
        <source>Reschedule %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe umplanen</numerusform>
            <numerusform>%n Aufgaben umplanen</numerusform>
        </translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Neues Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>&amp;No due date</source>
        <translation>&amp;Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmation</name>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Restore the backup made {0}?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It holds {1}.&lt;/p&gt;&lt;p&gt;Everything in MentorDesk now will be replaced by it. A safety copy of today&apos;s data is kept in the safety folder first, so this can be undone by hand.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Sicherung vom {0} wiederherstellen?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sie enthält {1}.&lt;/p&gt;&lt;p&gt;Alles, was jetzt in MentorDesk ist, wird dadurch ersetzt. Vorher wird eine Sicherheitskopie der heutigen Daten im Sicherheitsordner abgelegt, sodass sich das von Hand rückgängig machen lässt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown contents</source>
        <translation>unbekannten Inhalt</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ReviewDashboard</name>
    <message>
        <source>E&amp;xport report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Overall figures</source>
        <translation>Gesamtzahlen</translation>
    </message>
    <message>
        <source>Figures per mentor</source>
        <translation>Zahlen je Mentor:in</translation>
    </message>
    <message>
        <source>Headlines</source>
        <translation>Kurzfazit</translation>
    </message>
    <message>
        <source>Headlines and charts</source>
        <translation>Kurzfazit und Diagramme</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall:&lt;/b&gt; {0} of {1} meetings held · tasks {2} on time, {3} late, {4} overdue · goals {5} ahead, {6} on track, {7} behind · {8} invested</source>
        <translation>&lt;b&gt;Gesamt:&lt;/b&gt; {0} von {1} Treffen gehalten · Aufgaben {2} pünktlich, {3} verspätet, {4} überfällig · Ziele {5} voraus, {6} im Plan, {7} im Rückstand · {8} investiert</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>keine Zeit</translation>
    </message>
    <message>
        <source>No mentors to show yet: add a mentorship past the prospect stage.</source>
        <translation>Noch keine Mentor:innen: Legen Sie ein Mentoring jenseits der Phase „In Aussicht“ an.</translation>
    </message>
    <message>
        <source>Time invested per week (hours)</source>
        <translation>Investierte Zeit pro Woche (Stunden)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Meetings held per week against the agreed cadence</source>
        <translation>Gehaltene Treffen pro Woche gegenüber dem vereinbarten Rhythmus</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>vereinbart</translation>
    </message>
    <message>
        <source>Changes made in each review cycle</source>
        <translation>Änderungen je Rückblick</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>ReviewDueCard</name>
    <message>
        <source>Reviews due</source>
        <translation>Fällige Rückblicke</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>due since yesterday</source>
        <translation>seit gestern fällig</translation>
    </message>
    <message numerus="yes">
        <source>due %n day(s) ago</source>
        <translation>
            <numerusform>seit %n Tag fällig</numerusform>
            <numerusform>seit %n Tagen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: review {1} (every %n day(s))</source>
        <translation>
            <numerusform>{0}: Rückblick {1} (Rhythmus: %n Tag)</numerusform>
            <numerusform>{0}: Rückblick {1} (Rhythmus: %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start review…</source>
        <translation>Rückblick starten…</translation>
    </message>
    <message>
        <source>Start the review with {0}</source>
        <translation>Rückblick mit {0} starten</translation>
    </message>
</context>
<context>
    <name>ReviewHistoryPanel</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor:in</translation>
    </message>
    <message>
        <source>&amp;Mentor</source>
        <translation>&amp;Mentor:in</translation>
    </message>
    <message>
        <source>&amp;Start a review…</source>
        <translation>Rückblick &amp;starten…</translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation>Rückblick starten</translation>
    </message>
    <message>
        <source>Review and changes</source>
        <translation>Rückblick und Änderungen</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Review timeline</source>
        <translation>Verlauf der Rückblicke</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notizen zum Rückblick</translation>
    </message>
    <message>
        <source>Loading mentors</source>
        <translation>Mentor:innen werden geladen</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n review(s))</source>
        <translation>
            <numerusform>{0} (%n Rückblick)</numerusform>
            <numerusform>{0} (%n Rückblicke)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} – {1}: {2}, dates moved %n day(s)</source>
        <translation>
            <numerusform>{0} – {1}: {2}, Termine um %n Tag verschoben</numerusform>
            <numerusform>{0} – {1}: {2}, Termine um %n Tage verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>Across all mentorships</source>
        <translation>Über alle Mentorings</translation>
    </message>
    <message>
        <source>Loading the review history</source>
        <translation>Verlauf der Rückblicke wird geladen</translation>
    </message>
    <message>
        <source>No changes: the plan held.</source>
        <translation>Keine Änderungen: Der Plan hat gehalten.</translation>
    </message>
    <message>
        <source>{0}; before: {1}; after: {2}</source>
        <translation>{0}; vorher: {1}; nachher: {2}</translation>
    </message>
    <message>
        <source>No reviews yet: start one to compare plan and actual.</source>
        <translation>Noch keine Rückblicke: Starten Sie einen, um Plan und Ist zu vergleichen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Went well:&lt;/b&gt; {0}&lt;br&gt;&lt;b&gt;Kinks:&lt;/b&gt; {1}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lief gut:&lt;/b&gt; {0}&lt;br&gt;&lt;b&gt;Hakte:&lt;/b&gt; {1}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <source>Reviews</source>
        <translation>Rückblicke</translation>
    </message>
    <message>
        <source>Compare the plan with what happened, per mentor and overall, then adapt.</source>
        <translation>Vergleichen Sie den Plan mit dem, was geschah, je Mentor:in und insgesamt, und passen Sie ihn an.</translation>
    </message>
    <message>
        <source>Reviews sections</source>
        <translation>Bereiche der Rückblicke</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation>&amp;Rückblicke</translation>
    </message>
</context>
<context>
    <name>SmartList</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Waiting on my mentor</source>
        <translation>Wartet auf Mentor:in</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Prospect</source>
        <translation>In Aussicht</translation>
    </message>
    <message>
        <source>Reached out</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Building rapport</source>
        <translation>Vertrauen aufbauen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Alumni</source>
        <translation>Ehemalig</translation>
    </message>
</context>
<context>
    <name>SyncAccountsDialog</name>
    <message>
        <source>Sync accounts</source>
        <translation>Sync-Konten</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>Konto &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Das gewählte Konto entfernen</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <source>Sync sends your meetings, your tasks that have a due date and your contacts (names, addresses, numbers, birthdays) to the server, and brings back what changed there. Contact notes stay on this computer unless you tick the box below. Interactions, reviews, goals and time entries never leave it.</source>
        <translation>Die Synchronisierung sendet Ihre Treffen, Ihre Aufgaben mit Fälligkeitsdatum und Ihre Kontakte (Namen, Adressen, Nummern, Geburtstage) an den Server und holt zurück, was sich dort geändert hat. Kontaktnotizen bleiben auf diesem Computer, außer Sie setzen unten das Häkchen. Kontaktverlauf, Rückblicke, Ziele und Zeiteinträge verlassen ihn nie.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Also send contact &amp;notes</source>
        <translation>Auch Kontakt&amp;notizen senden</translation>
    </message>
    <message>
        <source>Also send contact notes</source>
        <translation>Auch Kontaktnotizen senden</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Serveradresse</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>contact notes sent</source>
        <translation>Kontaktnotizen werden gesendet</translation>
    </message>
    <message>
        <source>notes stay here</source>
        <translation>Notizen bleiben hier</translation>
    </message>
    <message>
        <source>Give the server address and the user name.</source>
        <translation>Geben Sie die Serveradresse und den Benutzernamen an.</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync-Konflikte</translation>
    </message>
    <message>
        <source>The record shown</source>
        <translation>Der angezeigte Eintrag</translation>
    </message>
    <message>
        <source>Fiel&amp;ds changed on both sides</source>
        <translation>Auf beiden Seiten geänderte &amp;Felder</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <source>These records changed both here and on the server since the last sync. Your version was kept and sent; the server&apos;s was kept beside it. Keep yours, or tick the fields where the server&apos;s is right and use those. The next sync sends the result. A record deleted on the server that holds your history here waits for you too.</source>
        <translation>Diese Einträge wurden seit dem letzten Abgleich hier und auf dem Server geändert. Ihre Fassung wurde behalten und gesendet, die des Servers daneben aufbewahrt. Behalten Sie Ihre, oder haken Sie die Felder an, in denen der Server recht hat, und übernehmen Sie diese. Der nächste Abgleich sendet das Ergebnis. Auch ein Eintrag, der auf dem Server gelöscht wurde, hier aber Ihren Verlauf enthält, wartet auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>What happened on the server</source>
        <translation>Was auf dem Server geschehen ist</translation>
    </message>
    <message>
        <source>Records that need a look</source>
        <translation>Einträge, die Sie ansehen sollten</translation>
    </message>
    <message>
        <source>&amp;Records that need a look</source>
        <translation>&amp;Einträge, die Sie ansehen sollten</translation>
    </message>
    <message>
        <source>Fields changed on both sides</source>
        <translation>Auf beiden Seiten geänderte Felder</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep my version of every field</source>
        <translation>Meine Fassung jedes Feldes behalten</translation>
    </message>
    <message>
        <source>Use the server&apos;s for &amp;ticked fields</source>
        <translation>Server-Werte für &amp;angehakte Felder</translation>
    </message>
    <message>
        <source>Use the server&apos;s value of the ticked fields</source>
        <translation>Die Server-Werte der angehakten Felder übernehmen</translation>
    </message>
    <message>
        <source>Use the &amp;server&apos;s for all</source>
        <translation>&amp;Server-Werte für alle</translation>
    </message>
    <message>
        <source>Use the server&apos;s value of every field</source>
        <translation>Die Server-Werte aller Felder übernehmen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Keep it here; the next sync puts it back on the server</source>
        <translation>Hier behalten; der nächste Abgleich legt ihn wieder auf den Server</translation>
    </message>
    <message>
        <source>Delete it &amp;here too</source>
        <translation>Hier auch &amp;löschen</translation>
    </message>
    <message>
        <source>Delete it here too, as on the server</source>
        <translation>Auch hier löschen, wie auf dem Server</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Später en&amp;tscheiden</translation>
    </message>
    <message>
        <source>Close and decide later</source>
        <translation>Schließen und später entscheiden</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1 (%2) — %3, %4</source>
        <translation>%1 (%2) — %3, %4</translation>
    </message>
    <message>
        <source>%1 (%2) — deleted on the server; %3, %4</source>
        <translation>%1 (%2) — auf dem Server gelöscht; %3, %4</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Sync-Konflikt</translation>
    </message>
    <message>
        <source>Nothing needs a look: every sync so far merged cleanly.</source>
        <translation>Nichts zu prüfen: Jeder Abgleich bisher ließ sich sauber zusammenführen.</translation>
    </message>
    <message>
        <source>Keep it: it stays here and the next sync puts it back on the server.
Delete it here too: it goes from this workspace with its history (Edit ▸ Undo brings it back); nothing more is sent.</source>
        <translation>Behalten: Der Eintrag bleibt hier, und der nächste Abgleich legt ihn wieder auf den Server.
Hier auch löschen: Er verschwindet mit seinem Verlauf auch aus diesem Arbeitsbereich (Bearbeiten ▸ Rückgängig holt ihn zurück); es wird nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>%1 was deleted here while it changed on the server. It stays deleted; Keep mine forgets the server&apos;s version.</source>
        <translation>%1 wurde hier gelöscht, während es auf dem Server geändert wurde. Es bleibt gelöscht; „Meine behalten“ verwirft die Fassung des Servers.</translation>
    </message>
    <message>
        <source>%1: here is what you have; on the server is what the sync found there.</source>
        <translation>%1: „Hier“ ist Ihre Fassung, „Auf dem Server“ das, was der Abgleich dort fand.</translation>
    </message>
    <message>
        <source>%1: deleted on the server (by another device or app).</source>
        <translation>%1: auf dem Server gelöscht (von einem anderen Gerät oder Programm).</translation>
    </message>
    <message>
        <source>%1: deleted on the server (by another device or app). Kept here because it holds your history (%2).</source>
        <translation>%1: auf dem Server gelöscht (von einem anderen Gerät oder Programm). Hier behalten, weil der Eintrag Ihren Verlauf enthält (%2).</translation>
    </message>
    <message>
        <source>Tick the fields where the server&apos;s value is right.</source>
        <translation>Haken Sie die Felder an, in denen der Wert des Servers stimmt.</translation>
    </message>
    <message>
        <source>Settle sync conflict on %1</source>
        <translation>Sync-Konflikt bei %1 klären</translation>
    </message>
    <message>
        <source>Deleted %1 here too.</source>
        <translation>%1 auch hier gelöscht.</translation>
    </message>
    <message>
        <source>Delete %1 here too</source>
        <translation>%1 auch hier löschen</translation>
    </message>
    <message>
        <source>Kept %1; the next sync puts it back on the server.</source>
        <translation>%1 behalten; der nächste Abgleich legt den Eintrag wieder auf den Server.</translation>
    </message>
    <message>
        <source>Kept your version of %1.</source>
        <translation>Ihre Fassung von %1 behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Used the server&apos;s value of %n field(s) of %1.</source>
        <translation>
            <numerusform>Den Server-Wert von %n Feld von %1 übernommen.</numerusform>
            <numerusform>Die Server-Werte von %n Feldern von %1 übernommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskBoard</name>
    <message>
        <source>Task board</source>
        <translation>Aufgabentafel</translation>
    </message>
    <message>
        <source>{0} column</source>
        <translation>Spalte {0}</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>Edit “{0}”</source>
        <translation>„{0}“ bearbeiten</translation>
    </message>
    <message>
        <source>Attach a deliverable</source>
        <translation>Ergebnis anhängen</translation>
    </message>
    <message>
        <source>Add goal “{0}”</source>
        <translation>Ziel „{0}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit goal “{0}”</source>
        <translation>Ziel „{0}“ bearbeiten</translation>
    </message>
    <message>
        <source>Add expectation</source>
        <translation>Erwartung hinzufügen</translation>
    </message>
    <message>
        <source>Renegotiate “{0}”</source>
        <translation>„{0}“ neu aushandeln</translation>
    </message>
    <message>
        <source>Mark “{0}” {1}</source>
        <translation>„{0}“ als {1} markieren</translation>
    </message>
    <message>
        <source>Log time on “{0}”</source>
        <translation>Zeit für „{0}“ buchen</translation>
    </message>
    <message>
        <source>Reading today&apos;s meetings</source>
        <translation>Heutige Treffen werden gelesen</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Timer anhalten</translation>
    </message>
    <message>
        <source>Complete “{0}”</source>
        <translation>„{0}“ erledigen</translation>
    </message>
    <message>
        <source>Drop “{0}”</source>
        <translation>„{0}“ verwerfen</translation>
    </message>
    <message>
        <source>Move “{0}”</source>
        <translation>„{0}“ verschieben</translation>
    </message>
    <message>
        <source>Reschedule “{0}”</source>
        <translation>„{0}“ umplanen</translation>
    </message>
</context>
<context>
    <name>TaskDetailsDialog</name>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every month on the due day</source>
        <translation>Jeden Monat am Fälligkeitstag</translation>
    </message>
    <message>
        <source>Every month on the 1st</source>
        <translation>Jeden Monat am 1.</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Aufgabendetails</translation>
    </message>
    <message>
        <source>Task details (from the meeting “{0}”)</source>
        <translation>Aufgabendetails (aus dem Treffen „{0}“)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Estimate in minutes</source>
        <translation>Schätzung in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Waiting on my mentor</source>
        <translation>&amp;Wartet auf Mentor:in</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>A link, or attach a file</source>
        <translation>Ein Link, oder eine Datei anhängen</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Datei &amp;anhängen…</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checkliste</translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation>&amp;Schätzung</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>Wieder&amp;holung</translation>
    </message>
    <message>
        <source>&amp;Deliverable</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>{0} (copied in when saved)</source>
        <translation>{0} (wird beim Speichern hineinkopiert)</translation>
    </message>
</context>
<context>
    <name>TaskItemDelegate</name>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Estimate in minutes</source>
        <translation>Schätzung in Minuten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>To do</source>
        <translation>Zu tun</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Goals and tasks</source>
        <translation>Ziele und Aufgaben</translation>
    </message>
    <message>
        <source>What you are working towards, how you are pacing, and what is due.</source>
        <translation>Worauf Sie hinarbeiten, wie Sie vorankommen und was fällig ist.</translation>
    </message>
    <message>
        <source>Task lists</source>
        <translation>Aufgabenlisten</translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation>Neues Ziel…</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>List, board, expectations or time</source>
        <translation>Liste, Tafel, Erwartungen oder Zeit</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tafel</translation>
    </message>
    <message>
        <source>E&amp;xpectations</source>
        <translation>&amp;Erwartungen</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Zeit</translation>
    </message>
    <message>
        <source>Quick &amp;add…</source>
        <translation>&amp;Schnelleingabe…</translation>
    </message>
    <message>
        <source>Quick add task</source>
        <translation>Aufgabe schnell hinzufügen</translation>
    </message>
    <message>
        <source>Quick add a task (Ctrl+Shift+A)</source>
        <translation>Aufgabe schnell hinzufügen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Task actions</source>
        <translation>Aufgabenaktionen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>No tasks yet</source>
        <translation>Noch keine Aufgaben</translation>
    </message>
    <message>
        <source>Press Ctrl+Shift+A to add one, or take them from meetings.</source>
        <translation>Mit Strg+Umschalt+A fügen Sie eine hinzu, oder übernehmen Sie sie aus Treffen.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <source>Adding recurring tasks</source>
        <translation>Wiederkehrende Aufgaben werden angelegt</translation>
    </message>
    <message>
        <source>Stop &amp;timer</source>
        <translation>&amp;Timer anhalten</translation>
    </message>
    <message>
        <source>Start &amp;timer</source>
        <translation>&amp;Timer starten</translation>
    </message>
</context>
<context>
    <name>TextViewerDialog</name>
    <message>
        <source>{0} characters</source>
        <translation>{0} Zeichen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>TimeKind</name>
    <message>
        <source>Timed</source>
        <translation>Mit Uhrzeit</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>Floating</source>
        <translation>Ohne Zeitzone</translation>
    </message>
</context>
<context>
    <name>TimePanel</name>
    <message>
        <source>Time invested</source>
        <translation>Investierte Zeit</translation>
    </message>
    <message>
        <source>Totals per</source>
        <translation>Summen pro</translation>
    </message>
    <message>
        <source>Per goal</source>
        <translation>Pro Ziel</translation>
    </message>
    <message>
        <source>Per mentor</source>
        <translation>Pro Mentor:in</translation>
    </message>
    <message>
        <source>Per task</source>
        <translation>Pro Aufgabe</translation>
    </message>
    <message>
        <source>Held meetings count for their mentor unless time was logged</source>
        <translation>Gehaltene Treffen zählen für ihre Mentor:in, sofern keine Zeit erfasst wurde</translation>
    </message>
    <message>
        <source>&amp;Totals</source>
        <translation>&amp;Summen</translation>
    </message>
    <message>
        <source>No time logged yet</source>
        <translation>Noch keine Zeit erfasst</translation>
    </message>
    <message>
        <source>Start the timer on a task (Ctrl+T) or log time by hand.</source>
        <translation>Starten Sie den Timer für eine Aufgabe (Strg+T) oder erfassen Sie Zeit von Hand.</translation>
    </message>
    <message>
        <source>Time a &amp;meeting…</source>
        <translation>&amp;Treffen messen…</translation>
    </message>
    <message>
        <source>Start the timer on a meeting</source>
        <translation>Timer für ein Treffen starten</translation>
    </message>
</context>
<context>
    <name>TimerBar</name>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>No timer running. Select a task and press Ctrl+T.</source>
        <translation>Kein Timer läuft. Aufgabe wählen und Strg+T drücken.</translation>
    </message>
    <message>
        <source>Timer running for “{0}”: {1}</source>
        <translation>Timer läuft für „{0}“: {1}</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today, {0}</source>
        <translation>Heute, {0}</translation>
    </message>
    <message>
        <source>What needs your attention this week.</source>
        <translation>Was diese Woche Ihre Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>Nächste Treffen</translation>
    </message>
    <message>
        <source>No meetings in the next 7 days.</source>
        <translation>Keine Treffen in den nächsten 7 Tagen.</translation>
    </message>
    <message>
        <source>Tasks due</source>
        <translation>Fällige Aufgaben</translation>
    </message>
    <message>
        <source>Nothing overdue or due in the next 3 days.</source>
        <translation>Nichts überfällig oder in den nächsten 3 Tagen fällig.</translation>
    </message>
    <message>
        <source>Reach out to</source>
        <translation>Melden bei</translation>
    </message>
    <message>
        <source>Everyone is up to date. Nice work.</source>
        <translation>Alle sind auf dem Laufenden. Gut gemacht.</translation>
    </message>
    <message>
        <source>Welcome to MentorDesk</source>
        <translation>Willkommen bei MentorDesk</translation>
    </message>
    <message>
        <source>Start by adding a mentor you know, or fill this workspace with sample data to look around first. File&#xa0;▸&#xa0;Remove sample data takes it out again and keeps what you added.</source>
        <translation>Fügen Sie zuerst eine Mentorin oder einen Mentor hinzu, die Sie kennen, oder füllen Sie diesen Arbeitsbereich mit Beispieldaten, um sich umzusehen. Datei&#xa0;▸&#xa0;Beispieldaten entfernen nimmt sie wieder heraus und behält, was Sie angelegt haben.</translation>
    </message>
    <message>
        <source>Add your first mentor…</source>
        <translation>Erste Mentor:in hinzufügen…</translation>
    </message>
    <message>
        <source>Load sample data into this workspace</source>
        <translation>Beispieldaten in diesen Arbeitsbereich laden</translation>
    </message>
    <message>
        <source>{0}: no reply yet to “{1}”; follow up</source>
        <translation>{0}: noch keine Antwort auf „{1}“; nachhaken</translation>
    </message>
    <message>
        <source>{0}: not in touch yet; reach out</source>
        <translation>{0}: noch kein Kontakt; melden Sie sich</translation>
    </message>
    <message>
        <source>{0}: last in touch {1}; time to catch up</source>
        <translation>{0}: zuletzt Kontakt am {1}; Zeit, sich zu melden</translation>
    </message>
</context>
<context>
    <name>VCardJobs</name>
    <message>
        <source>Reading {0}</source>
        <translation>{0} wird gelesen</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>{0} importieren</translation>
    </message>
    <message>
        <source>Imported {0}: {1} new, {2} updated, {3} skipped.</source>
        <translation>{0} importiert: {1} neu, {2} aktualisiert, {3} übersprungen.</translation>
    </message>
    <message>
        <source>Exporting contacts to {0}</source>
        <translation>Kontakte werden nach {0} exportiert</translation>
    </message>
    <message>
        <source>Exported contacts to {0}</source>
        <translation>Kontakte nach {0} exportiert</translation>
    </message>
</context>
<context>
    <name>VCardPreviewDialog</name>
    <message>
        <source>Import contacts from {0}</source>
        <translation>Kontakte aus {0} importieren</translation>
    </message>
    <message>
        <source>Cards in the file</source>
        <translation>Karten in der Datei</translation>
    </message>
    <message>
        <source>These cards will be skipped:</source>
        <translation>Diese Karten werden übersprungen:</translation>
    </message>
    <message>
        <source>Damaged cards</source>
        <translation>Beschädigte Karten</translation>
    </message>
    <message>
        <source>Imported, with a field repaired or left out:</source>
        <translation>Importiert, mit einem reparierten oder ausgelassenen Feld:</translation>
    </message>
    <message>
        <source>Repaired fields</source>
        <translation>Reparierte Felder</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>Zeile {0}: {1}</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… und {0} weitere</translation>
    </message>
</context>
<context>
    <name>WeekCanvas</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Hours of the week</source>
        <translation>Stunden der Woche</translation>
    </message>
</context>
<context>
    <name>WeekHeader</name>
    <message>
        <source>All-day meetings</source>
        <translation>Ganztägige Treffen</translation>
    </message>
</context>
<context>
    <name>WorkspaceWatch</name>
    <message>
        <source>Checking for changes</source>
        <translation>Änderungen werden gesucht</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>MentorDesk cannot open this workspace:

{0}.</source>
        <translation>MentorDesk kann diesen Arbeitsbereich nicht öffnen:

{0}.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong: {0}

The details are in {1}</source>
        <translation>Etwas ist schiefgegangen: {0}

Details stehen in {1}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A contact needs a name.</source>
        <translation>Ein Kontakt braucht einen Namen.</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;{zone}&apos;: use an IANA name like &apos;Europe/Berlin&apos;.</source>
        <translation>Unbekannte Zeitzone „{zone}“: Verwenden Sie einen IANA-Namen wie „Europe/Berlin“.</translation>
    </message>
    <message>
        <source>Birthday &apos;{birthday}&apos; should look like 1990-04-17, or --04-17 without the year.</source>
        <translation>Der Geburtstag „{birthday}“ sollte wie 1990-04-17 aussehen, oder --04-17 ohne Jahr.</translation>
    </message>
    <message>
        <source>Their reply time cannot be negative (got {hours} hours).</source>
        <translation>Die Antwortzeit des Gegenübers kann nicht negativ sein (angegeben: {hours} Stunden).</translation>
    </message>
    <message>
        <source>My reply time cannot be negative (got {hours} hours).</source>
        <translation>Meine Antwortzeit kann nicht negativ sein (angegeben: {hours} Stunden).</translation>
    </message>
    <message>
        <source>Meeting cadence must be at least 1 day (got {days}).</source>
        <translation>Der Rhythmus muss mindestens 1 Tag sein (angegeben: {days}).</translation>
    </message>
    <message>
        <source>The date you met ({met_on}) is in the future; use the day you actually met.</source>
        <translation>Das Datum des Kennenlernens ({met_on}) liegt in der Zukunft; nehmen Sie den Tag, an dem Sie sich tatsächlich kennengelernt haben.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Eine Aufgabe braucht einen Titel.</translation>
    </message>
    <message>
        <source>An estimate cannot be negative.</source>
        <translation>Eine Schätzung kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} ist keine Datei.</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Importing contacts</source>
        <translation>Kontakte werden importiert</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Sicherung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Reading the backup back</source>
        <translation>Sicherung wird zurückgelesen</translation>
    </message>
    <message>
        <source>Encrypting the backup</source>
        <translation>Sicherung wird verschlüsselt</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Sicherung wird geprüft</translation>
    </message>
    <message>
        <source>Importing meetings</source>
        <translation>Treffen werden importiert</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Bericht wird geschrieben</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Bericht geschrieben</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>{0}: %n meeting(s)</source>
        <translation>
            <numerusform>{0}: %n meeting</numerusform>
            <numerusform>{0}: %n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n meeting(s) to {0}</source>
        <translation>
            <numerusform>Exported %n meeting to {0}</numerusform>
            <numerusform>Exported %n meetings to {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest {0} of %n interaction(s); Interactions… (Ctrl+Shift+L) lists them all.</source>
        <translation>
            <numerusform>The newest {0} of %n interaction; Interactions… (Ctrl+Shift+L) lists them all.</numerusform>
            <numerusform>The newest {0} of %n interactions; Interactions… (Ctrl+Shift+L) lists them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) behind on “{0}”</source>
        <translation>
            <numerusform>%n week behind on “{0}”</numerusform>
            <numerusform>%n weeks behind on “{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ahead on “{0}”</source>
        <translation>
            <numerusform>%n week ahead on “{0}”</numerusform>
            <numerusform>%n weeks ahead on “{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last contact %n day(s) ago, agreed every {0}</source>
        <translation>
            <numerusform>last contact %n day ago, agreed every {0}</numerusform>
            <numerusform>last contact %n days ago, agreed every {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact yet, agreed every %n day(s)</source>
        <translation>
            <numerusform>no contact yet, agreed every %n day</numerusform>
            <numerusform>no contact yet, agreed every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n meeting(s) held</source>
        <translation>
            <numerusform>{0} of %n meeting held</numerusform>
            <numerusform>{0} of %n meetings held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue</source>
        <translation>
            <numerusform>%n task overdue</numerusform>
            <numerusform>%n tasks overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n day(s) moved)</source>
        <translation>
            <numerusform>{0} (%n day moved)</numerusform>
            <numerusform>{0} (%n days moved)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete %n task(s)</source>
        <translation>
            <numerusform>Complete %n task</numerusform>
            <numerusform>Complete %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop %n task(s)</source>
        <translation>
            <numerusform>Drop %n task</numerusform>
            <numerusform>Drop %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s)</source>
        <translation>
            <numerusform>Move %n task</numerusform>
            <numerusform>Move %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reschedule %n task(s)</source>
        <translation>
            <numerusform>Reschedule %n task</numerusform>
            <numerusform>Reschedule %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review every {0} → %n day(s)</source>
        <translation>
            <numerusform>Review every {0} → %n day</numerusform>
            <numerusform>Review every {0} → %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentorship(s)</source>
        <translation>
            <numerusform>%n mentorship</numerusform>
            <numerusform>%n mentorships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time entry(s)</source>
        <translation>
            <numerusform>%n time entry</numerusform>
            <numerusform>%n time entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingEditorDialog</name>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n task(s).</source>
        <translation>
            <numerusform>Made %n task.</numerusform>
            <numerusform>Made %n tasks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message numerus="yes">
        <source>Reschedule %n task(s)</source>
        <translation>
            <numerusform>Reschedule %n task</numerusform>
            <numerusform>Reschedule %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDueCard</name>
    <message numerus="yes">
        <source>due %n day(s) ago</source>
        <translation>
            <numerusform>due %n day ago</numerusform>
            <numerusform>due %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: review {1} (every %n day(s))</source>
        <translation>
            <numerusform>{0}: review {1} (every %n day)</numerusform>
            <numerusform>{0}: review {1} (every %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewHistoryPanel</name>
    <message numerus="yes">
        <source>{0} (%n review(s))</source>
        <translation>
            <numerusform>{0} (%n review)</numerusform>
            <numerusform>{0} (%n reviews)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} – {1}: {2}, dates moved %n day(s)</source>
        <translation>
            <numerusform>{0} – {1}: {2}, dates moved %n day</numerusform>
            <numerusform>{0} – {1}: {2}, dates moved %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message numerus="yes">
        <source>Used the server&apos;s value of %n field(s) of %1.</source>
        <translation>
            <numerusform>Used the server&apos;s value of %n field of %1.</numerusform>
            <numerusform>Used the server&apos;s values of %n fields of %1.</numerusform>
        </translation>
    </message>
</context>
</TS>

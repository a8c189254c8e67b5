<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MeetingEditorDialog</name>
    <message numerus="yes">
        <source>Made %n task(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</TS>

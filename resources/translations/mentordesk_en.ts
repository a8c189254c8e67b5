<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ContactDetailPane</name>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
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
    <name>TaskCommands</name>
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
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>sd::BulkAudit</name>
    <message numerus="yes">
        <source>%1: %n</source>
        <comment>a state and how many items were in it</comment>
        <translation>
            <numerusform>%1: %n</numerusform>
            <numerusform>%1: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::BulkRun</name>
    <message numerus="yes">
        <source>%n items changed since they were checked.</source>
        <translation>
            <numerusform>%n item changed since it was checked.</numerusform>
            <numerusform>%n items changed since they were checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::Cli</name>
    <message numerus="yes">
        <source>Backup saved to %1 (%2 bytes, %n files from the store&apos;s folder).</source>
        <translation>
            <numerusform>Backup saved to %1 (%2 bytes, %n file from the store&apos;s folder).</numerusform>
            <numerusform>Backup saved to %1 (%2 bytes, %n files from the store&apos;s folder).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n orders to %1.</source>
        <translation>
            <numerusform>Exported %n order to %1.</numerusform>
            <numerusform>Exported %n orders to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n orders.</source>
        <translation>
            <numerusform>Imported %n order.</numerusform>
            <numerusform>Imported %n orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n orders awaiting dispatch to %1.</source>
        <translation>
            <numerusform>Wrote %n order awaiting dispatch to %1.</numerusform>
            <numerusform>Wrote %n orders awaiting dispatch to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n rows not applied are in %1.</source>
        <translation>
            <numerusform>The %n row not applied is in %1.</numerusform>
            <numerusform>The %n rows not applied are in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ColumnFilterDialog</name>
    <message numerus="yes">
        <source>Only the %n most frequent values are listed.</source>
        <translation>
            <numerusform>Only the most frequent value is listed.</numerusform>
            <numerusform>Only the %n most frequent values are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::DelayDialog</name>
    <message numerus="yes">
        <source>The buyer is told the new dispatch date. A delay notice is recorded against the dispatch deadline of %n orders.</source>
        <translation>
            <numerusform>The buyer is told the new dispatch date. A delay notice is recorded against the dispatch deadline of %n order.</numerusform>
            <numerusform>The buyer is told the new dispatch date. A delay notice is recorded against the dispatch deadline of %n orders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::DelayReason</name>
    <message numerus="yes">
        <source>%1: %n delay notice(s) per order</source>
        <translation>
            <numerusform>%1: %n delay notice per order</numerusform>
            <numerusform>%1: %n delay notices per order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 allows %n delay notice(s) per order; this order has had that many already.</source>
        <translation>
            <numerusform>%1 allows %n delay notice per order; this order has had it already.</numerusform>
            <numerusform>%1 allows %n delay notices per order; this order has had that many already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::DispatchDialog</name>
    <message numerus="yes">
        <source>Change the courier or tracking number of %n orders.</source>
        <translation>
            <numerusform>Change the courier or tracking number of %n order.</numerusform>
            <numerusform>Change the courier or tracking number of %n orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter a tracking number for each order. Rows left empty are skipped. Enter moves to the next row.</source>
        <translation>
            <numerusform>Enter the tracking number.</numerusform>
            <numerusform>Enter a tracking number for each order. Rows left empty are skipped. Enter moves to the next row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::DispatchImportFlow</name>
    <message numerus="yes">
        <source>Imported tracking numbers: %n orders dispatched</source>
        <translation>
            <numerusform>Imported tracking numbers: %n order dispatched</numerusform>
            <numerusform>Imported tracking numbers: %n orders dispatched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rows with their errors to %1. Correct them there and import the file again.</source>
        <translation>
            <numerusform>Saved %n row with its errors to %1. Correct it there and import the file again.</numerusform>
            <numerusform>Saved %n rows with their errors to %1. Correct them there and import the file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dispatch the %n applicable orders</source>
        <translation>
            <numerusform>Dispatch the %n applicable order</numerusform>
            <numerusform>Dispatch the %n applicable orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported tracking numbers: %n orders dispatched; the rows with errors were not applied</source>
        <translation>
            <numerusform>Imported tracking numbers: %n order dispatched; the rows with errors were not applied</numerusform>
            <numerusform>Imported tracking numbers: %n orders dispatched; the rows with errors were not applied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::DispatchImportService</name>
    <message numerus="yes">
        <source>… and %n more rows with problems.</source>
        <translation>
            <numerusform>… and %n more row with problems.</numerusform>
            <numerusform>… and %n more rows with problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows cannot be applied; nothing was changed.</source>
        <translation>
            <numerusform>%n row cannot be applied; nothing was changed.</numerusform>
            <numerusform>%n rows cannot be applied; nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::OrderActions</name>
    <message numerus="yes">
        <source>%1: %n orders</source>
        <translation>
            <numerusform>%1: %n order</numerusform>
            <numerusform>%1: %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dispatched %n orders</source>
        <translation>
            <numerusform>Dispatched %n order</numerusform>
            <numerusform>Dispatched %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tracking changed on %n orders</source>
        <translation>
            <numerusform>Tracking changed on %n order</numerusform>
            <numerusform>Tracking changed on %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::OrderDetailsPane</name>
    <message numerus="yes">
        <source>%n orders selected.</source>
        <translation>
            <numerusform>%n order selected.</numerusform>
            <numerusform>%n orders selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::OrderImportDialog</name>
    <message numerus="yes">
        <source>The first %1 problems are listed; %n more are not.</source>
        <translation>
            <numerusform>The first %1 problems are listed; %n more is not.</numerusform>
            <numerusform>The first %1 problems are listed; %n more are not.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n orders</source>
        <translation>
            <numerusform>Import %n order</numerusform>
            <numerusform>Import %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::OrderImportService</name>
    <message numerus="yes">
        <source>The file has %n problems; nothing was changed.</source>
        <translation>
            <numerusform>The file has %n problem; nothing was changed.</numerusform>
            <numerusform>The file has %n problems; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders were changed by someone else since the file was checked; nothing was changed. Check the file again.</source>
        <translation>
            <numerusform>%n order was changed by someone else since the file was checked; nothing was changed. Check the file again.</numerusform>
            <numerusform>%n orders were changed by someone else since the file was checked; nothing was changed. Check the file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::OrdersView</name>
    <message numerus="yes">
        <source>Automatic purchase decision: %n orders</source>
        <translation>
            <numerusform>Automatic purchase decision: %n order</numerusform>
            <numerusform>Automatic purchase decision: %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n orders to %1</source>
        <translation>
            <numerusform>Exported %n order to %1</numerusform>
            <numerusform>Exported %n orders to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::TableCopy</name>
    <message numerus="yes">
        <source>%n rows copied from the list %1</source>
        <translation>
            <numerusform>%n row copied from the list %1</numerusform>
            <numerusform>%n rows copied from the list %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::TableHeaderControl</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>

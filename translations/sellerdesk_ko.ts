<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>sd</name>
    <message>
        <source>The database setting &quot;%1&quot; could not be applied (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::AuthService</name>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after repeated failed logins until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed logins: this account is locked until %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::BusinessCalendar</name>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Channel</name>
    <message>
        <source>Naver Smartstore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kakao Talk Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kakao Talk Checkout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Courier</name>
    <message>
        <source>%1 or %2</source>
        <extracomment>joins the allowed digit counts of a tracking number, e.g. &quot;10, 12 or 13&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 tracking number may contain only letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 tracking number may contain only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 tracking number must be %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 tracking number must be %2 to %3 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 tracking number must be %2 to %3 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was made by a newer version of SellerDesk (schema %1, this program knows %2). Please update SellerDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::DeadlineRisk</name>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::DelayReason</name>
    <message>
        <source>Preparing the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made to order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overseas delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::InstanceLock</name>
    <message>
        <source>This store is already open in another SellerDesk (%1, process %2 on %3). Close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::OrderAction</name>
    <message>
        <source>Confirm order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay dispatch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::OrderService</name>
    <message>
        <source>Unknown courier &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number %1 is already used on another order (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The courier and tracking number are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking changed: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not process orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed; nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 orders cannot be processed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new dispatch date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the reason for the delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new dispatch date must be later than the current one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch delayed to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not view orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::OrderStatus</name>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::OrderTransition</name>
    <message>
        <source>Cannot fix the tracking number without a courier and a new tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move to In transit without a tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order in status %1 cannot take the action %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is already confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the order before dispatching it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order has already been dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order has not been dispatched yet, so there is no tracking number to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking number cannot be changed after delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order has not been dispatched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is already delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase is already decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purchase can be decided only after delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is already in status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order in status %1 is closed and cannot move to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order cannot move from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Password</name>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs both letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Permission</name>
    <message>
        <source>View orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up and restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Role</name>
    <message>
        <source>Master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Settings</name>
    <message>
        <source>You do not have permission to change settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::SetupService</name>
    <message>
        <source>Enter the store name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business registration number %1 is not valid: check the 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one sales channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name needs 3 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the master&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Workspace</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::WriteTransaction</name>
    <message>
        <source>The database is busy or cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

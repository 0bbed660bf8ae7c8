<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="29"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="33"/>
        <source>Any flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="34"/>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="43"/>
        <source>Graphic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="35"/>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="45"/>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="36"/>
        <source>Decode problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="38"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="40"/>
        <source>Any checklist state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="41"/>
        <source>Checks pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="42"/>
        <source>A check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="43"/>
        <source>A check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="44"/>
        <source>A check inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="45"/>
        <source>All checks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="47"/>
        <source>Find in names, descriptions, tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="51"/>
        <source>Added, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="52"/>
        <source>Added, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="53"/>
        <source>Captured, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="54"/>
        <source>Captured, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="55"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="58"/>
        <source>Items without a capture time are listed last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="21"/>
        <source>Still image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="22"/>
        <source>Footage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="23"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="24"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="25"/>
        <source>Other file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="32"/>
        <source>Decoded fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="33"/>
        <source>Partly decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="34"/>
        <source>Could not be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="35"/>
        <source>Not decoded (over safety limits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="53"/>
        <source>{0} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="76"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="78"/>
        <source>Original name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="79"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="80"/>
        <source>Media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="81"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="82"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="83"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="84"/>
        <source>Original location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="89"/>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="91"/>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="91"/>
        <source>not recorded in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="92"/>
        <source>Acquired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="93"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="94"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="95"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="101"/>
        <source>Location (GPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="103"/>
        <source>Latitude, longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="104"/>
        <source>Altitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="109"/>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="111"/>
        <source>Still taken from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="113"/>
        <source>At offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="116"/>
        <source>Footage SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="119"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="120"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="121"/>
        <source>Decoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="123"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="125"/>
        <source>Raw metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="32"/>
        <source>Not added: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="34"/>
        <source>decode problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="35"/>
        <source>Added with problems: {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="37"/>
        <source>already in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="38"/>
        <source>Skipped: {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="48"/>
        <source>{0} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="50"/>
        <source>{0} of them with decode problems (kept and flagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="52"/>
        <source>{0} already in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="54"/>
        <source>{0} could not be added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddClaimDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="114"/>
        <source>New claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="117"/>
        <source>What is asserted, in one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="120"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="121"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="122"/>
        <source>Credibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPlaceDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="47"/>
        <source>New place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="54"/>
        <source>Coordinates known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="54"/>
        <source>Name only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="56"/>
        <source>e.g. approximate, town centre, exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="57"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="58"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="59"/>
        <source>Latitude (WGS 84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="60"/>
        <source>Longitude (WGS 84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="61"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="83"/>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="88"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="89"/>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="90"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="91"/>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="56"/>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="60"/>
        <source>What is said, and your notes on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="69"/>
        <source>Transcript / notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="108"/>
        <source>(no waveform)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="74"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="74"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="74"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="74"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="166"/>
        <source>Filter cases</source>
        <translation>تصفية القضايا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="176"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="177"/>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="178"/>
        <source>Close case</source>
        <translation>إغلاق القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="179"/>
        <source>Mark the case closed; it stays in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="242"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="242"/>
        <source>Title of the new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="251"/>
        <source>Rename case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="251"/>
        <source>New title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="46"/>
        <source>The evidence view is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="54"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="55"/>
        <location filename="../../src/casedesk/ui/case_panel.py" line="115"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="56"/>
        <location filename="../../src/casedesk/ui/case_panel.py" line="116"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="57"/>
        <location filename="../../src/casedesk/ui/case_panel.py" line="117"/>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="58"/>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="59"/>
        <location filename="../../src/casedesk/ui/case_panel.py" line="118"/>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="60"/>
        <location filename="../../src/casedesk/ui/case_panel.py" line="119"/>
        <source>Custody log</source>
        <translation>سجل الحيازة</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="79"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="79"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="79"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="79"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="79"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="111"/>
        <source>Changed {0} UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="138"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="138"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="138"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="150"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="151"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="152"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="153"/>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="154"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="175"/>
        <source>how, with what result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="199"/>
        <source>Checklist not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="231"/>
        <source>Checklist for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="245"/>
        <source>The whole case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="212"/>
        <source>No checklist items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimDetail</name>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="144"/>
        <source>Reasoning, open questions, what would settle it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="148"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="148"/>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="148"/>
        <source>Its checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="154"/>
        <source>Link evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="155"/>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="158"/>
        <source>Link source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="163"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="164"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="165"/>
        <source>Credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="166"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="168"/>
        <source>Evidence bearing on this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="243"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="244"/>
        <source>No source linked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="253"/>
        <source>Link evidence to see its verification checklist here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="257"/>
        <source>Checklist of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="67"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="67"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="67"/>
        <source>Credibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="321"/>
        <source>New claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="328"/>
        <source>Credibility 1 (confirmed) to 6 (cannot be judged).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="69"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="69"/>
        <source>Investigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="69"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="69"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="70"/>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodyTab</name>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="126"/>
        <source>Verify case</source>
        <translation>التحقق من القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="128"/>
        <source>Re-hash every original and re-check the chain of custody entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="131"/>
        <source>Hover over an entry for its details and full hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="153"/>
        <source>Verifying the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="162"/>
        <source>{0} original files and {1} log entries checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="166"/>
        <source>Verified: everything matches. {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="171"/>
        <source>{0} problem(s) found. {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="173"/>
        <source>Verification found problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="56"/>
        <source>What this shows, where it came from, what is doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="58"/>
        <source>comma, separated, tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="59"/>
        <source>Graphic (hide behind a blur until revealed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="60"/>
        <source>Contains personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="61"/>
        <source>Move to trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="63"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="64"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="120"/>
        <source>Evidence not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../src/casedesk/ui/empty_state.py" line="30"/>
        <source>New case…</source>
        <translation>قضية جديدة…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/empty_state.py" line="31"/>
        <source>Open the demo case</source>
        <translation>فتح القضية التجريبية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/empty_state.py" line="52"/>
        <source>Welcome to CaseDesk</source>
        <translation>مرحبًا بك في CaseDesk</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/empty_state.py" line="55"/>
        <source>Start a case and drop files on the window to add them as evidence: each is hashed, stored unchanged and written to the custody log. Or open the demo case, an alleged drone strike near the Mali–Algeria border, to see claims, a checklist and a timeline at work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/empty_state.py" line="62"/>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/empty_state.py" line="63"/>
        <source>Choose a case on the left, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="301"/>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="301"/>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="311"/>
        <source>(no place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="314"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="316"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="317"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="318"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="333"/>
        <source>Give as much as is known: a year, a month, a day or a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="338"/>
        <source>Shown as “{0}” (known to: {1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="271"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="272"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="273"/>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="274"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="275"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="276"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="277"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="331"/>
        <source>Hidden as graphic: select it and click the picture to reveal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="85"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="87"/>
        <source>Copy files into the case (originals are hashed and kept unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="89"/>
        <source>Record audio note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="90"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="91"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="118"/>
        <source>Show as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="252"/>
        <source>Open a case before adding evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="259"/>
        <source>Adding evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="296"/>
        <source>Grabbing still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="306"/>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="313"/>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="309"/>
        <source>Move “{0}” to the trash?
It stays in the workspace and can be restored. Reason (written to the custody log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="320"/>
        <source>Open a case before recording a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="325"/>
        <source>No microphone found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="327"/>
        <source>No microphone found. Connect or enable a microphone (and allow CaseDesk to use it), then try again. You can also add a recording made elsewhere with Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="346"/>
        <source>Reading checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="383"/>
        <source>Not every item could be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="390"/>
        <source>Open or create a case to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="393"/>
        <source>No evidence yet.
Add files, record an audio note, or drop files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="397"/>
        <source>Loading… {0} items so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="399"/>
        <source>{0} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="401"/>
        <source>{0} of {1} items match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="438"/>
        <source>Evidence added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="447"/>
        <source>That frame is already in the case; it is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="449"/>
        <source>Still added, linked to its footage and offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="461"/>
        <source>Not moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="470"/>
        <source>Moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="494"/>
        <source>Adding audio note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="498"/>
        <source>Add evidence files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="92"/>
        <source>Select an item to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="103"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="104"/>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="105"/>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="106"/>
        <source>Similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="146"/>
        <source>Zoom in (mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="147"/>
        <source>Zoom out (mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="148"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="148"/>
        <source>Fit the picture in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="149"/>
        <source>Actual pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="152"/>
        <source>Rotate the view left (the evidence is not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="157"/>
        <source>Rotate the view right (the evidence is not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="161"/>
        <source>Reveal graphic content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="200"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="274"/>
        <source>{0}: nothing to show.
The original is kept unchanged in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="278"/>
        <source>No preview for this kind of file.
The original is kept unchanged in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="279"/>
        <source>The picture could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="286"/>
        <source>Transcript not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="90"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FootagePanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="101"/>
        <source>Play / pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="103"/>
        <source>One frame back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="105"/>
        <source>One frame forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="110"/>
        <source>Position in seconds (type to jump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="113"/>
        <source>Grab still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="115"/>
        <source>Save the frame at this position as new evidence, linked to this footage and offset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/imageview.py" line="72"/>
        <source>Graphic content hidden. Click the picture to reveal it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkEvidenceDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="94"/>
        <source>Link evidence to the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="97"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="98"/>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkSourceDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="104"/>
        <source>Link a source to the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="108"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="111"/>
        <source>That case is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="126"/>
        <source>Open a case first; then drop files on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="136"/>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="181"/>
        <source>Preferences saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="186"/>
        <source>{0} · workspace {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="39"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="39"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="43"/>
        <source>Copy coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="44"/>
        <source>Copy the GPS position (latitude, longitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="45"/>
        <source>Copy SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="154"/>
        <source>{0} more not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="135"/>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="142"/>
        <source>Add place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="144"/>
        <source>Relate to case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="149"/>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="154"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="155"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="156"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="157"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="158"/>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="159"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="163"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="164"/>
        <source>Related cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="171"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="179"/>
        <source>Changes are saved as you make them and written to the custody log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="205"/>
        <source>{0} evidence items · {1} sources · {2} claims · {3} events · checklist: {4} · custody log: {5} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="233"/>
        <source>Written {0:%Y-%m-%d %H:%M} UTC; double-click to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="277"/>
        <source>There is no other case to relate this one to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="281"/>
        <source>Relate to case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="281"/>
        <source>Related case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="290"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="290"/>
        <location filename="../../src/casedesk/ui/overview.py" line="296"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="296"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/passphrase.py" line="15"/>
        <source>Encrypt the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/passphrase.py" line="15"/>
        <source>Bundle passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/passphrase.py" line="18"/>
        <source>Encrypt with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/passphrase.py" line="26"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/passphrase.py" line="28"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/passphrase.py" line="30"/>
        <source>Share it by another channel than the bundle. It cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="19"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="24"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="34"/>
        <source>Blur evidence marked graphic until I click it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="40"/>
        <source>Investigator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="41"/>
        <source>Written to the custody log and printed in reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="42"/>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="57"/>
        <source>Workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="46"/>
        <source>Now using {0}. A new location takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="51"/>
        <source>Thumbnail size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="53"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="54"/>
        <source>A new language takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordNoteDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="162"/>
        <source>Record audio note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="174"/>
        <source>Start recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="176"/>
        <source>Microphone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="178"/>
        <source>Transcript / notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="226"/>
        <source>Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="226"/>
        <source>Record again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="52"/>
        <source>Export report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="53"/>
        <source>Leave out evidence marked graphic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="54"/>
        <source>Leave out evidence marked personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="55"/>
        <source>Blur such items instead of leaving them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="56"/>
        <source>Full custody log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="56"/>
        <source>Custody summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="58"/>
        <source>e.g. CONFIDENTIAL (printed on every page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="62"/>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="63"/>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="65"/>
        <source>The export is written to the custody log with the file&apos;s SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/search.py" line="25"/>
        <source>Search all cases (Ctrl+F)</source>
        <translation>البحث في كل القضايا (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/search.py" line="67"/>
        <source>No hits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="246"/>
        <source>No picture fingerprint for this item, so no comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="250"/>
        <source>No near-duplicates in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="252"/>
        <source>Pictures that look alike (distance 0 = identical look):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="255"/>
        <source> (another case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="257"/>
        <source>{0} — distance {1}{2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="61"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="61"/>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="61"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="61"/>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="114"/>
        <source>New source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="125"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="126"/>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="127"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="128"/>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="129"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="130"/>
        <source>Bears on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="190"/>
        <source>Claims {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="192"/>
        <source>Evidence: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="193"/>
        <source>Nothing in this case cites it yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/thumbs.py" line="98"/>
        <source>Graphic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="73"/>
        <source>unknown — e.g. 2025-03-14 or 2025-03-16 15:05 America/Los_Angeles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="93"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="96"/>
        <source>no time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="94"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="94"/>
        <source>Known to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="94"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="94"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="366"/>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="367"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="369"/>
        <source>▬ year or month only   ◆ day   ● exact time   // time shortened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="13"/>
        <source>Offline case management for open-source investigators: evidence, custody log, claims, verification and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="18"/>
        <source>Works offline; no telemetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="19"/>
        <source>CaseDesk never connects to the network. Your evidence stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="22"/>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="23"/>
        <source>Fonts: Noto Sans and Noto Naskh Arabic, SIL Open Font License.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="34"/>
        <source>About CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/casedesk/ui/app.py" line="69"/>
        <source>CaseDesk cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/app.py" line="72"/>
        <source>Choose another folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/app.py" line="79"/>
        <source>Workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="39"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="40"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="41"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="42"/>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="43"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="16"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="17"/>
        <source>Under verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="18"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="19"/>
        <location filename="../../src/casedesk/ui/labels.py" line="31"/>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="20"/>
        <source>Debunked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="21"/>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="22"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="28"/>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="29"/>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="30"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="32"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="38"/>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="39"/>
        <source>Contradicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="40"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="56"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="57"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="58"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="59"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="60"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="61"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="62"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="63"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="56"/>
        <source>&amp;New case…</source>
        <translation>قضية &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="63"/>
        <source>&amp;Add evidence…</source>
        <translation>إ&amp;ضافة أدلة…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="70"/>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="77"/>
        <source>Export &amp;report (PDF)…</source>
        <translation>تصدير ال&amp;تقرير (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="82"/>
        <source>Export &amp;bundle…</source>
        <translation>تصدير ال&amp;حزمة…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="85"/>
        <source>&amp;Import bundle…</source>
        <translation>ا&amp;ستيراد حزمة…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="89"/>
        <source>&amp;Verify case</source>
        <translation>ال&amp;تحقق من القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="95"/>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="97"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="98"/>
        <source>Open &amp;demo case</source>
        <translation>فتح القضية ال&amp;تجريبية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="99"/>
        <source>&amp;About CaseDesk</source>
        <translation>&amp;حول CaseDesk</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="105"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="117"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="121"/>
        <source>&amp;Case</source>
        <translation>&amp;قضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="123"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="127"/>
        <source>Main</source>
        <translation>رئيسي</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="24"/>
        <source>CaseDesk was not allowed to read or write a file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="28"/>
        <source>A file could not be found: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="32"/>
        <source>The operating system reported a problem: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="35"/>
        <source>Something went wrong inside CaseDesk and this step did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="56"/>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="60"/>
        <source>CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="65"/>
        <source>If this keeps happening, copy the details into a bug report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../src/casedesk/ui/tasks.py" line="92"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/tasks.py" line="108"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>workflows</name>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="94"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="113"/>
        <source>Report exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="114"/>
        <source>The report was written to {0} ({1} pages, {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="120"/>
        <source>Exporting the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="139"/>
        <source>Save bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="157"/>
        <source>Bundle exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="158"/>
        <source>{0} evidence items were written to {1} ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="164"/>
        <source>Exporting the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="177"/>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="192"/>
        <source>The case was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="193"/>
        <source>The bundle was merged into the case already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="196"/>
        <source>This case is already here with everything the bundle holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="201"/>
        <source>{0} evidence items and {1} custody entries added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="206"/>
        <source>Bundle imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="217"/>
        <source>Importing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="225"/>
        <source>Generating the demo evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="228"/>
        <source>Creating the demo case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

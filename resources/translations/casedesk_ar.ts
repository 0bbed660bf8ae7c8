<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AddClaimDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="45"/>
        <source>New claim</source>
        <translation>ادعاء جديد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="48"/>
        <source>What is asserted, in one sentence</source>
        <translation>ما يُدَّعى، في جملة واحدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="51"/>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="52"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="53"/>
        <source>Credibility</source>
        <translation>المصداقية</translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="38"/>
        <source>New source</source>
        <translation>مصدر جديد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="43"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="44"/>
        <source>Handle</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="45"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="46"/>
        <source>Reliability</source>
        <translation>الموثوقية</translation>
    </message>
</context>
<context>
    <name>AnalysisActions</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="40"/>
        <source>Recognise text</source>
        <translation>التعرّف على النص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="41"/>
        <source>Read the text in the selected stills and PDF documents</source>
        <translation>قراءة النص في الصور الثابتة ومستندات PDF المحدَّدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="43"/>
        <source>Examine (image forensics)</source>
        <translation>فحص (التحليل الجنائي للصورة)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="44"/>
        <source>Examine the selected stills and keep their findings</source>
        <translation>فحص الصور الثابتة المحدَّدة وحفظ نتائجها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="46"/>
        <source>Recognise text in every still not read yet</source>
        <translation>التعرّف على النص في كل صورة ثابتة لم تُقرأ بعد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="48"/>
        <source>Analyse</source>
        <translation>تحليل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="53"/>
        <source>Recognise text, examine stills</source>
        <translation>التعرّف على النص وفحص الصور الثابتة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="72"/>
        <source>None of the items chosen is a still image or a PDF document.</source>
        <translation>لا يوجد بين العناصر المختارة أي صورة ثابتة أو مستند PDF.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="73"/>
        <source>Recognising text</source>
        <translation>جارٍ التعرّف على النص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="82"/>
        <source>None of the items chosen is a still image.</source>
        <translation>لا يوجد بين العناصر المختارة أي صورة ثابتة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="83"/>
        <source>Examining stills</source>
        <translation>جارٍ فحص الصور الثابتة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="94"/>
        <source>The text of every still and PDF document of the case has been read already.</source>
        <translation>سبقت قراءة النص في كل الصور الثابتة ومستندات PDF في القضية.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="95"/>
        <source>Recognising text in the case</source>
        <translation>جارٍ التعرّف على النص في أدلة القضية</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="105"/>
        <source>Recognise text</source>
        <translation>التعرّف على النص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="107"/>
        <source>Read the text in the picture with Tesseract, offline (it replaces the last reading)</source>
        <translation>قراءة النص في الصورة باستخدام Tesseract دون اتصال بالإنترنت (تحلّ محل القراءة السابقة)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="109"/>
        <source>Copy text</source>
        <translation>نسخ النص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="110"/>
        <source>Show word boxes</source>
        <translation>إظهار مربعات الكلمات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="111"/>
        <source>Outline each word recognised; hover one for its confidence</source>
        <translation>إحاطة كل كلمة متعرَّف عليها بمربع؛ مرِّر المؤشر فوق كلمة لعرض درجة الثقة فيها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="122"/>
        <source>Examine</source>
        <translation>فحص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="124"/>
        <source>Error levels, JPEG tables, double compression, thumbnail, noise, edit history</source>
        <translation>مستويات الخطأ، وجداول JPEG، والضغط المزدوج، والصورة المصغّرة، والضوضاء، وسجل التعديلات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="129"/>
        <source>No overlay</source>
        <translation>دون تراكب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="130"/>
        <source>Error levels</source>
        <translation>مستويات الخطأ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="131"/>
        <source>Noise residual</source>
        <translation>بقايا الضوضاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="138"/>
        <source>How much of the analysis view covers the picture</source>
        <translation>درجة عتامة عرض التحليل المتراكب على الصورة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="139"/>
        <source>Magnifier</source>
        <translation>العدسة المكبّرة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="140"/>
        <source>Enlarge the original&apos;s pixels under the pointer</source>
        <translation>تكبير بكسلات الملف الأصلي الواقعة تحت المؤشر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="147"/>
        <source>Copy to the step&apos;s note</source>
        <translation>نسخ إلى ملاحظة الخطوة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="151"/>
        <source>Add the findings to the note of the checklist step chosen (it can be undone)</source>
        <translation>إضافة النتائج إلى ملاحظة الخطوة المختارة من قائمة التحقق (يمكن التراجع عن ذلك)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="170"/>
        <source>Text in the picture</source>
        <translation>النص في الصورة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="182"/>
        <source>Image forensics</source>
        <translation>التحليل الجنائي للصورة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="196"/>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="259"/>
        <source>Text recognition and forensics apply to still images.</source>
        <translation>يقتصر التعرّف على النص والتحليل الجنائي على الصور الثابتة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="261"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="263"/>
        <source>Not recognised yet.</source>
        <translation>لم يُتعرَّف على النص بعد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="265"/>
        <source>Could not be read: {0}</source>
        <translation>تعذّرت قراءة النص: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="268"/>
        <source>Read in {0} by Tesseract {1}, {2}.</source>
        <extracomment>{0} Tesseract&apos;s language codes, {1} its version, {2} when (UTC); then the words&apos; count.</extracomment>
        <translation>قرأ Tesseract {1} النص (اللغات: {0}) في {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="272"/>
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمةً</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="294"/>
        <source>Not examined yet.</source>
        <translation>لم تُفحص بعد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="296"/>
        <source>Could not be examined: {0}</source>
        <translation>تعذّر الفحص: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="299"/>
        <source>Examined {0} ({1} {2}). Measurements, none a verdict.</source>
        <translation>فُحصت في {0} ({1} {2}). قياسات، وليس أيٌّ منها حكمًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="339"/>
        <source>Recognising text</source>
        <translation>جارٍ التعرّف على النص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="362"/>
        <source>Examining the still</source>
        <translation>جارٍ فحص الصورة الثابتة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="412"/>
        <source>Computing the analysis view</source>
        <translation>جارٍ حساب عرض التحليل</translation>
    </message>
</context>
<context>
    <name>AudioPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="61"/>
        <source>Play / pause</source>
        <translation>تشغيل / إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="65"/>
        <source>What is said, and your notes on it</source>
        <translation>ما يُقال، وملاحظاتك عليه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="69"/>
        <source>Transcribed speech</source>
        <translation>الكلام المفرَّغ نصيًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="70"/>
        <source>Transcript / notes</source>
        <translation>التفريغ النصي / الملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="126"/>
        <source>(no waveform)</source>
        <translation>(لا يتوفر شكل موجي)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="165"/>
        <source>{0} / {1}</source>
        <extracomment>The player&apos;s position: {0} where it is, {1} the recording&apos;s length (&quot;?&quot; when unknown).</extracomment>
        <translation>{0} / {1}</translation>
    </message>
</context>
<context>
    <name>BasemapPicker</name>
    <message>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="68"/>
        <source>The raster map drawn beneath the case&apos;s markers</source>
        <translation>الخريطة النقطية المرسومة تحت علامات القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="70"/>
        <source>Add basemap…</source>
        <translation>إضافة خريطة أساس…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="72"/>
        <source>Add an offline raster basemap (MBTiles or PMTiles) to this workspace&apos;s list</source>
        <translation>إضافة خريطة أساس نقطية تعمل دون اتصال (MBTiles أو PMTiles) إلى قائمة مساحة العمل هذه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="75"/>
        <source>Remove from list</source>
        <translation>إزالة من القائمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="76"/>
        <source>Take this basemap off the list (the file itself is kept)</source>
        <translation>إزالة خريطة الأساس هذه من القائمة (يُحتفَظ بالملف نفسه)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="77"/>
        <source>Basemap:</source>
        <translation>خريطة الأساس:</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="122"/>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="148"/>
        <source>Add basemap</source>
        <translation>إضافة خريطة أساس</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="132"/>
        <source>Natural Earth borders only (built in)</source>
        <translation>حدود Natural Earth فقط (مدمجة)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="150"/>
        <source>Offline map tiles (*.mbtiles *.pmtiles);;All files (*)</source>
        <translation>بلاطات خرائط دون اتصال (*.mbtiles *.pmtiles);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>CaseDelegate</name>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/case_list.py" line="181"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>لا عناصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%Ln عناصر</numerusform>
            <numerusform>%Ln عنصرًا</numerusform>
            <numerusform>%Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="183"/>
        <source>{0} · {1} · {2}</source>
        <extracomment>The second line of a case in the list: {0} its status, {1} how many items, {2} last change.</extracomment>
        <translation>{0} · {1} · {2}</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="106"/>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="106"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="106"/>
        <source>Items</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="106"/>
        <source>Changed</source>
        <translation>آخر تعديل</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="209"/>
        <source>Filter cases</source>
        <translation>تصفية القضايا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="219"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="220"/>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="221"/>
        <source>Close case</source>
        <translation>إغلاق القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="222"/>
        <source>Mark the case closed; it stays in the workspace</source>
        <translation>تعليم القضية بأنها مغلقة؛ وتبقى في مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="303"/>
        <source>That case is no longer in the workspace.</source>
        <translation>لم تعد تلك القضية موجودة في مساحة العمل.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="350"/>
        <source>Create case “{0}”</source>
        <translation>إنشاء القضية «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="360"/>
        <source>New case</source>
        <translation>قضية جديدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="360"/>
        <source>Title of the new case</source>
        <translation>عنوان القضية الجديدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="369"/>
        <source>Rename case</source>
        <translation>إعادة تسمية القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="369"/>
        <source>New title</source>
        <translation>العنوان الجديد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="371"/>
        <source>Rename case “{0}”</source>
        <translation>إعادة تسمية القضية «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="377"/>
        <source>Close case “{0}”</source>
        <translation>إغلاق القضية «{0}»</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="59"/>
        <source>The evidence view is not available.</source>
        <translation>عرض الأدلة غير متاح.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="109"/>
        <source>Evidence ({0})</source>
        <translation>الأدلة ({0})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="110"/>
        <source>Sources ({0})</source>
        <translation>المصادر ({0})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="111"/>
        <source>Claims ({0})</source>
        <translation>الادعاءات ({0})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="112"/>
        <source>Timeline ({0})</source>
        <translation>الخط الزمني ({0})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="113"/>
        <source>Custody log ({0})</source>
        <translation>سجل العهدة ({0})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="117"/>
        <source>Checklist ({0}/{1})</source>
        <extracomment>The Checklist tab&apos;s title: {0} checks passed of {1}.</extracomment>
        <translation>قائمة التحقق ({0}/{1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="127"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="128"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="129"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="130"/>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="131"/>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="132"/>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="133"/>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="134"/>
        <source>Custody log</source>
        <translation>سجل العهدة</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="128"/>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="128"/>
        <source>Check</source>
        <translation>بند التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="128"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="128"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="128"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="157"/>
        <source>Changed {0}</source>
        <translation>آخر تعديل: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="169"/>
        <source>Set “{0}” to {1}</source>
        <translation>تغيير حالة «{0}» إلى {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="171"/>
        <source>Edit the note on “{0}”</source>
        <translation>تعديل الملاحظة على «{0}»</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="157"/>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="157"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="157"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="188"/>
        <source>how, with what result</source>
        <translation>كيف، وبأي نتيجة</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="370"/>
        <source>Checklist for</source>
        <translation>قائمة التحقق الخاصة بـ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="383"/>
        <location filename="../../src/casedesk/ui/checklist.py" line="396"/>
        <source>The whole case</source>
        <translation>القضية كلها</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="320"/>
        <source>No checklist items.</source>
        <translation>لا توجد بنود في قائمة التحقق.</translation>
    </message>
</context>
<context>
    <name>ChronoDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="107"/>
        <source>Chronolocate by shadow: {0}</source>
        <translation>تحديد التوقيت بالظل: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="114"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="127"/>
        <source>North (0°)</source>
        <translation>الشمال (0°)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="128"/>
        <source>The reference line points north, from its first point to its second</source>
        <translation>الخط المرجعي يتجه نحو الشمال، من نقطته الأولى إلى الثانية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="129"/>
        <source>Clear the points</source>
        <translation>مسح النقاط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="148"/>
        <source>Also match the length ratio (±{0}%)</source>
        <translation>مطابقة نسبة الطول أيضًا (±{0}%)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="152"/>
        <source>Perspective shortens a shadow on the ground: use the ratio only on a picture taken from above</source>
        <translation>المنظور يقصّر الظل على الأرض: لا تستخدم النسبة إلا في صورة ملتقطة من الأعلى</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="156"/>
        <source>Find matching times</source>
        <translation>البحث عن الأوقات المطابقة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="160"/>
        <source>Local date</source>
        <translation>التاريخ المحلي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="160"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="160"/>
        <source>Local time at the place</source>
        <translation>التوقيت المحلي للمكان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="160"/>
        <source>Best (UTC)</source>
        <translation>الأفضل (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="166"/>
        <source>Save in the Chronolocated note</source>
        <translation>الحفظ في ملاحظة «تحديد توقيته»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="194"/>
        <source>Base of a vertical object (where it meets the ground)</source>
        <translation>قاعدة جسم عمودي (حيث يلامس الأرض)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="195"/>
        <source>Top of the object</source>
        <translation>قمة الجسم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="196"/>
        <source>Tip of its shadow</source>
        <translation>طرف ظله</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="197"/>
        <source>Reference direction: first point</source>
        <translation>الاتجاه المرجعي: النقطة الأولى</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="198"/>
        <source>Reference direction: second point</source>
        <translation>الاتجاه المرجعي: النقطة الثانية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="202"/>
        <source>Drawing</source>
        <translation>الرسم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="204"/>
        <source>Choose a point in the list, then click it on the picture.</source>
        <translation>اختر نقطة من القائمة، ثم انقر موضعها على الصورة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="209"/>
        <source>Reference bearing:</source>
        <translation>سمت المرجع:</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="215"/>
        <source>Degrees from north, from the first reference point to the second: a road or wall measured on the map, or north.</source>
        <translation>بالدرجات من الشمال، من النقطة المرجعية الأولى إلى الثانية: طريق أو جدار قيس على الخريطة، أو الشمال.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="224"/>
        <source>Where and when</source>
        <translation>أين ومتى</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="226"/>
        <source>Place:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="227"/>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="228"/>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="230"/>
        <source>Bearing tolerance:</source>
        <translation>هامش التسامح في السمت:</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="236"/>
        <source>Assumes a vertical object on roughly level ground, and takes the picture&apos;s perspective as the reference line&apos;s: the angle between the reference and the shadow on the picture is taken as their angle on the ground. Draw the reference close to the shadow.</source>
        <translation>يفترض جسمًا عموديًا على أرض مستوية تقريبًا، ويعدّ منظور الصورة منظورَ الخط المرجعي: تُعدّ الزاوية بين المرجع والظل على الصورة زاويتهما على الأرض. ارسم المرجع قريبًا من الظل.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="267"/>
        <source>{0} – {1}</source>
        <extracomment>A time window: {0} its start, {1} its end (a date and a time, then a time).</extracomment>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="279"/>
        <source>GPS position in the file&apos;s metadata</source>
        <translation>موقع GPS في البيانات الوصفية للملف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="281"/>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="287"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="293"/>
        <source>This item&apos;s checklist has no Chronolocated step</source>
        <translation>لا تتضمن قائمة التحقق لهذا العنصر بند «تحديد توقيته»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="309"/>
        <source>The item&apos;s recorded date at that place; widen the range if unsure.</source>
        <translation>التاريخ المسجَّل للعنصر في ذلك المكان؛ وسّع المدى إن لم تكن متأكدًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="313"/>
        <source>The item records no date: choose the dates to search.</source>
        <translation>لا يسجّل العنصر أي تاريخ: اختر التواريخ التي يُبحث فيها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="342"/>
        <source>Place the five points to measure the shadow.</source>
        <translation>ضع النقاط الخمس لقياس الظل.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="351"/>
        <source>Shadow bearing: {0}° · length ratio: {1} (as drawn; approximate under perspective)</source>
        <translation>سمت الظل: {0}° · نسبة الطول: {1} (كما رُسمت؛ تقريبية بسبب المنظور)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="361"/>
        <source>The inputs changed: find the times again.</source>
        <translation>تغيّرت المدخلات: ابحث عن الأوقات من جديد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="400"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="403"/>
        <source>Finding the times that match the shadow</source>
        <translation>البحث عن الأوقات المطابقة للظل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="421"/>
        <source>{0} (UTC{1})</source>
        <translation>{0} (UTC{1})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="435"/>
        <source>Matching at {0} (time zone {1}): %Ln time window(s).</source>
        <translation>
            <numerusform>المطابقة في {0} (المنطقة الزمنية {1}): لا نافذة زمنية (%Ln).</numerusform>
            <numerusform>المطابقة في {0} (المنطقة الزمنية {1}): نافذة زمنية واحدة.</numerusform>
            <numerusform>المطابقة في {0} (المنطقة الزمنية {1}): نافذتان زمنيتان.</numerusform>
            <numerusform>المطابقة في {0} (المنطقة الزمنية {1}): %Ln نوافذ زمنية.</numerusform>
            <numerusform>المطابقة في {0} (المنطقة الزمنية {1}): %Ln نافذة زمنية.</numerusform>
            <numerusform>المطابقة في {0} (المنطقة الزمنية {1}): %Ln نافذة زمنية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="440"/>
        <source>No time on these dates matches the drawn shadow within the tolerance.</source>
        <translation>لا يطابق أي وقت في هذه التواريخ الظلَّ المرسوم ضمن هامش التسامح.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="484"/>
        <source>Save a chronolocation</source>
        <translation>حفظ تحديد التوقيت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="492"/>
        <source>Saved: the drawing beside the original, the result in the item&apos;s Chronolocated note; both recorded in the custody log.</source>
        <translation>حُفظ: الرسم بجانب الملف الأصلي، والنتيجة في ملاحظة «تحديد توقيته» الخاصة بالعنصر؛ وكلاهما مسجَّل في سجل العهدة.</translation>
    </message>
</context>
<context>
    <name>CitedBy</name>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="18"/>
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>لا ادعاءات</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%Ln ادعاءات</numerusform>
            <numerusform>%Ln ادعاءً</numerusform>
            <numerusform>%Ln ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="19"/>
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>لا أدلة</numerusform>
            <numerusform>دليل واحد</numerusform>
            <numerusform>دليلان</numerusform>
            <numerusform>%Ln أدلة</numerusform>
            <numerusform>%Ln دليلًا</numerusform>
            <numerusform>%Ln دليل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="22"/>
        <source>{0} and {1}</source>
        <extracomment>What cites a source: {0} is &quot;1 claim&quot; or &quot;3 claims&quot;, {1} is &quot;1 evidence item&quot; or &quot;2 items&quot;.</extracomment>
        <translation>{0} و{1}</translation>
    </message>
</context>
<context>
    <name>ClaimDetail</name>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="80"/>
        <source>Reasoning, open questions, what would settle it</source>
        <translation>التعليل، والأسئلة المعلّقة، وما الذي قد يحسم المسألة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="84"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="84"/>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="84"/>
        <source>Its checklist</source>
        <translation>قائمة تحققه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="90"/>
        <source>Link evidence…</source>
        <translation>ربط أدلة…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="91"/>
        <source>Unlink</source>
        <translation>إلغاء الربط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="96"/>
        <source>Link source…</source>
        <translation>ربط مصدر…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="97"/>
        <source>Unlink source</source>
        <translation>إلغاء ربط المصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="104"/>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="105"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="106"/>
        <source>Credibility</source>
        <translation>المصداقية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="107"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="109"/>
        <source>Evidence bearing on this claim</source>
        <translation>الأدلة المتعلقة بهذا الادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="113"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="137"/>
        <source>Edit the claim’s text</source>
        <translation>تعديل نص الادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="138"/>
        <source>Edit the claim’s notes</source>
        <translation>تعديل ملاحظات الادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="139"/>
        <source>Change the claim’s status</source>
        <translation>تغيير حالة الادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="141"/>
        <source>Change the claim’s credibility</source>
        <translation>تغيير مصداقية الادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="215"/>
        <source>{0} ({1})</source>
        <extracomment>A source linked to a claim: {0} its name, {1} its reliability grade and what it means.</extracomment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="281"/>
        <source>Change the stance of the evidence</source>
        <translation>تغيير موقف الدليل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="307"/>
        <source>Link evidence to the claim</source>
        <translation>ربط أدلة بالادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="323"/>
        <source>Unlink evidence from the claim</source>
        <translation>إلغاء ربط دليل بالادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="342"/>
        <source>Link a source to the claim</source>
        <translation>ربط مصدر بالادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="355"/>
        <source>Unlink a source from the claim</source>
        <translation>إلغاء ربط مصدر بالادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="222"/>
        <source>No source linked yet.</source>
        <translation>لم يُربط أي مصدر بعد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="249"/>
        <source>Link evidence to see its verification checklist here.</source>
        <translation>اربط دليلًا لترى قائمة التحقق الخاصة به هنا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="254"/>
        <source>Checklist of {0}</source>
        <translation>قائمة تحقق {0}</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="103"/>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="103"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="103"/>
        <source>Credibility</source>
        <translation>المصداقية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="103"/>
        <source>Checks</source>
        <translation>بنود التحقق</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/claims.py" line="132"/>
        <source>{0} of %Ln check(s) passed on the linked evidence</source>
        <translation>
            <numerusform>نجح {0} من أصل %Ln بند تحقق في الأدلة المرتبطة</numerusform>
            <numerusform>نجح {0} من أصل بند تحقق واحد في الأدلة المرتبطة</numerusform>
            <numerusform>نجح {0} من أصل بندَي تحقق في الأدلة المرتبطة</numerusform>
            <numerusform>نجح {0} من أصل %Ln بنود تحقق في الأدلة المرتبطة</numerusform>
            <numerusform>نجح {0} من أصل %Ln بندًا للتحقق في الأدلة المرتبطة</numerusform>
            <numerusform>نجح {0} من أصل %Ln بند تحقق في الأدلة المرتبطة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="184"/>
        <source>Show removed</source>
        <translation>إظهار العناصر المُزالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="186"/>
        <source>New claim…</source>
        <translation>ادعاء جديد…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="187"/>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="188"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="194"/>
        <source>Credibility 1 (confirmed) to 6 (cannot be judged).</source>
        <translation>المصداقية من 1 (مؤكَّد) إلى 6 (لا يمكن الحكم عليه).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="298"/>
        <source>Add a claim</source>
        <translation>إضافة ادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="311"/>
        <source>Remove claim</source>
        <translation>إزالة الادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="317"/>
        <source>Remove a claim</source>
        <translation>إزالة ادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="331"/>
        <source>Restore a claim</source>
        <translation>استعادة ادعاء</translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="204"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="204"/>
        <source>Investigator</source>
        <translation>المحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="204"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="204"/>
        <source>Object</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="205"/>
        <source>Hash</source>
        <translation>قيمة التجزئة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="227"/>
        <source>{0}: {1}</source>
        <extracomment>The Object column of the custody log: {0} the kind of object, {1} its name or id.</extracomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="235"/>
        <source>{0}
{1}

hash {2}
previous {3}</source>
        <extracomment>Tooltip of a custody entry: {0} the action as recorded, {1} its details as recorded (JSON), {2} the entry&apos;s hash, {3} the previous entry&apos;s hash.</extracomment>
        <translation>{0}
{1}

قيمة التجزئة: {2}
قيمة تجزئة القيد السابق: {3}</translation>
    </message>
</context>
<context>
    <name>CustodyTab</name>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="271"/>
        <source>Verify case</source>
        <translation>التحقق من القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="273"/>
        <source>Re-hash every original and re-check the chain of custody entries</source>
        <translation>إعادة حساب قيمة التجزئة لكل ملف أصلي وإعادة فحص قيود تسلسل العهدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="276"/>
        <source>Hover over an entry for its details and full hash.</source>
        <translation>مرِّر المؤشر فوق أي قيد لعرض تفاصيله وقيمة التجزئة كاملة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="313"/>
        <source>Verifying the case</source>
        <translation>جارٍ التحقق من القضية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/custody.py" line="325"/>
        <source>%Ln original file(s) re-hashed.</source>
        <translation>
            <numerusform>لم يُعَد حساب قيمة التجزئة لأي ملف أصلي.</numerusform>
            <numerusform>أُعيد حساب قيمة التجزئة لملف أصلي واحد.</numerusform>
            <numerusform>أُعيد حساب قيمة التجزئة لملفين أصليين.</numerusform>
            <numerusform>أُعيد حساب قيمة التجزئة لكلٍّ من %Ln ملفات أصلية.</numerusform>
            <numerusform>أُعيد حساب قيمة التجزئة لكلٍّ من %Ln ملفًا أصليًا.</numerusform>
            <numerusform>أُعيد حساب قيمة التجزئة لكلٍّ من %Ln ملف أصلي.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/custody.py" line="326"/>
        <source>%Ln log entry(ies) checked.</source>
        <translation>
            <numerusform>لم يُفحص أي قيد في السجل.</numerusform>
            <numerusform>فُحص قيد واحد في السجل.</numerusform>
            <numerusform>فُحص قيدان في السجل.</numerusform>
            <numerusform>فُحصت %Ln قيود في السجل.</numerusform>
            <numerusform>فُحص %Ln قيدًا في السجل.</numerusform>
            <numerusform>فُحص %Ln قيد في السجل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="330"/>
        <source>Verified: everything matches. {0}</source>
        <translation>تم التحقق: كل شيء مطابق. {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="336"/>
        <source>{0} {1}: {2}</source>
        <extracomment>One problem Verify found: {0} what is wrong (log or file), {1} the object&apos;s id, {2} details.</extracomment>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/custody.py" line="342"/>
        <source>%Ln problem(s) found. {0}</source>
        <translation>
            <numerusform>لم يُعثر على أي مشكلة. {0}</numerusform>
            <numerusform>عُثر على مشكلة واحدة. {0}</numerusform>
            <numerusform>عُثر على مشكلتين. {0}</numerusform>
            <numerusform>عُثر على %Ln مشكلات. {0}</numerusform>
            <numerusform>عُثر على %Ln مشكلةً. {0}</numerusform>
            <numerusform>عُثر على %Ln مشكلة. {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="344"/>
        <source>Verification found problems</source>
        <translation>كشف التحقق عن مشكلات</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="60"/>
        <source>What this shows, where it came from, what is doubtful</source>
        <translation>ما يُظهره، ومن أين جاء، وما المشكوك فيه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="62"/>
        <source>comma, separated, tags</source>
        <translation>وسوم مفصولة بفاصلة (,)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="63"/>
        <source>Graphic (hide behind a blur until revealed)</source>
        <translation>محتوى صادم (يُموَّه إلى أن يُطلب إظهاره)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="64"/>
        <source>Contains personal data</source>
        <translation>يحتوي على بيانات شخصية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="65"/>
        <source>Move to trash…</source>
        <translation>نقل إلى سلة المهملات…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="67"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="68"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="79"/>
        <source>Edit the description</source>
        <translation>تعديل الوصف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="84"/>
        <source>Mark as graphic</source>
        <translation>تعليم كمحتوى صادم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="84"/>
        <source>Clear the graphic flag</source>
        <translation>إزالة علامة المحتوى الصادم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="89"/>
        <source>Mark as personal data</source>
        <translation>تعليم كبيانات شخصية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="89"/>
        <source>Clear the personal-data flag</source>
        <translation>إزالة علامة البيانات الشخصية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="135"/>
        <source>Edit the tags</source>
        <translation>تعديل الوسوم</translation>
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
        <translation>ابدأ قضية وأفلت الملفات على النافذة لإضافتها إلى الأدلة: تُحسب قيمة التجزئة لكل ملف، ويُحفظ دون أي تغيير، ويُقيَّد في سجل العهدة. أو افتح القضية التجريبية، وهي عن غارة مزعومة بطائرة مسيّرة قرب الحدود بين مالي والجزائر، لترى كيف تعمل الادعاءات وقائمة التحقق والخط الزمني.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/empty_state.py" line="62"/>
        <source>No case selected</source>
        <translation>لم تُحدَّد أي قضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/empty_state.py" line="63"/>
        <source>Choose a case on the left, or start a new one.</source>
        <translation>اختر قضية من القائمة الجانبية، أو ابدأ قضية جديدة.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="118"/>
        <source>Edit event</source>
        <translation>تعديل الحدث</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="118"/>
        <source>New event</source>
        <translation>حدث جديد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="122"/>
        <source>2025-03-14  ·  2024-12  ·  2021  ·  2025-03-16 15:05 America/Los_Angeles</source>
        <extracomment>Examples of what can be typed as a date; keep the dates and the time zone name as they are.</extracomment>
        <translation>2025-03-14  ·  2024-12  ·  2021  ·  2025-03-16 15:05 America/Los_Angeles</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="129"/>
        <source>(no place)</source>
        <translation>(دون مكان)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="132"/>
        <source>When</source>
        <translation>التوقيت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="134"/>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="135"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="136"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="169"/>
        <source>Give as much as is known: a year, a month, a day or a minute.</source>
        <translation>اذكر الوقت بالدقة المعروفة: السنة، أو الشهر، أو اليوم، أو الدقيقة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="174"/>
        <source>Shown as “{0}” (known to: {1})</source>
        <translation>يُعرض «{0}» (درجة الدقة: {1})</translation>
    </message>
</context>
<context>
    <name>EvidenceEdits</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/edits.py" line="99"/>
        <source>Change a checklist step</source>
        <translation>تغيير خطوة في قائمة التحقق</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/edits.py" line="130"/>
        <source>Tag %Ln item(s)</source>
        <translation>
            <numerusform>وسم العناصر</numerusform>
            <numerusform>وسم عنصر واحد</numerusform>
            <numerusform>وسم عنصرين</numerusform>
            <numerusform>وسم %Ln عناصر</numerusform>
            <numerusform>وسم %Ln عنصرًا</numerusform>
            <numerusform>وسم %Ln عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/edits.py" line="153"/>
        <source>Mark %Ln item(s) as graphic</source>
        <translation>
            <numerusform>تعليم العناصر كمحتوى صادم</numerusform>
            <numerusform>تعليم عنصر واحد كمحتوى صادم</numerusform>
            <numerusform>تعليم عنصرين كمحتوى صادم</numerusform>
            <numerusform>تعليم %Ln عناصر كمحتوى صادم</numerusform>
            <numerusform>تعليم %Ln عنصرًا كمحتوى صادم</numerusform>
            <numerusform>تعليم %Ln عنصر كمحتوى صادم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/edits.py" line="155"/>
        <source>Clear the graphic flag of %Ln item(s)</source>
        <translation>
            <numerusform>إزالة علامة المحتوى الصادم عن العناصر</numerusform>
            <numerusform>إزالة علامة المحتوى الصادم عن عنصر واحد</numerusform>
            <numerusform>إزالة علامة المحتوى الصادم عن عنصرين</numerusform>
            <numerusform>إزالة علامة المحتوى الصادم عن %Ln عناصر</numerusform>
            <numerusform>إزالة علامة المحتوى الصادم عن %Ln عنصرًا</numerusform>
            <numerusform>إزالة علامة المحتوى الصادم عن %Ln عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/edits.py" line="160"/>
        <source>Mark %Ln item(s) as personal data</source>
        <translation>
            <numerusform>تعليم العناصر كبيانات شخصية</numerusform>
            <numerusform>تعليم عنصر واحد كبيانات شخصية</numerusform>
            <numerusform>تعليم عنصرين كبيانات شخصية</numerusform>
            <numerusform>تعليم %Ln عناصر كبيانات شخصية</numerusform>
            <numerusform>تعليم %Ln عنصرًا كبيانات شخصية</numerusform>
            <numerusform>تعليم %Ln عنصر كبيانات شخصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/edits.py" line="162"/>
        <source>Clear the personal-data flag of %Ln item(s)</source>
        <translation>
            <numerusform>إزالة علامة البيانات الشخصية عن العناصر</numerusform>
            <numerusform>إزالة علامة البيانات الشخصية عن عنصر واحد</numerusform>
            <numerusform>إزالة علامة البيانات الشخصية عن عنصرين</numerusform>
            <numerusform>إزالة علامة البيانات الشخصية عن %Ln عناصر</numerusform>
            <numerusform>إزالة علامة البيانات الشخصية عن %Ln عنصرًا</numerusform>
            <numerusform>إزالة علامة البيانات الشخصية عن %Ln عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/edits.py" line="183"/>
        <source>Move %Ln item(s) to the trash</source>
        <translation>
            <numerusform>نقل العناصر إلى سلة المهملات</numerusform>
            <numerusform>نقل عنصر واحد إلى سلة المهملات</numerusform>
            <numerusform>نقل عنصرين إلى سلة المهملات</numerusform>
            <numerusform>نقل %Ln عناصر إلى سلة المهملات</numerusform>
            <numerusform>نقل %Ln عنصرًا إلى سلة المهملات</numerusform>
            <numerusform>نقل %Ln عنصر إلى سلة المهملات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/edits.py" line="214"/>
        <source>Link %Ln item(s) to a claim</source>
        <translation>
            <numerusform>ربط العناصر بادعاء</numerusform>
            <numerusform>ربط عنصر واحد بادعاء</numerusform>
            <numerusform>ربط عنصرين بادعاء</numerusform>
            <numerusform>ربط %Ln عناصر بادعاء</numerusform>
            <numerusform>ربط %Ln عنصرًا بادعاء</numerusform>
            <numerusform>ربط %Ln عنصر بادعاء</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="357"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="358"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="359"/>
        <source>Captured</source>
        <translation>وقت الالتقاط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="360"/>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="361"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="362"/>
        <source>Flags</source>
        <translation>العلامات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="363"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="421"/>
        <source>Hidden as graphic: select it and click the picture to reveal.</source>
        <translation>مخفي لأنه محتوى صادم: حدِّده ثم انقر الصورة لإظهاره.</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="85"/>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="87"/>
        <source>Copy files into the case (originals are hashed and kept unchanged)</source>
        <translation>نسخ الملفات إلى القضية (تُحسب قيمة التجزئة للملفات الأصلية وتُحفظ دون تغيير)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="89"/>
        <source>Record audio note…</source>
        <translation>تسجيل ملاحظة صوتية…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="90"/>
        <source>Grid</source>
        <translation>شبكة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="91"/>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="138"/>
        <source>Show as</source>
        <translation>طريقة العرض</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="297"/>
        <source>Reading checklists…</source>
        <translation>جارٍ قراءة قوائم التحقق…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="424"/>
        <source>Loading… %Ln item(s) so far</source>
        <translation>
            <numerusform>جارٍ التحميل… لا عناصر حتى الآن</numerusform>
            <numerusform>جارٍ التحميل… عنصر واحد حتى الآن</numerusform>
            <numerusform>جارٍ التحميل… عنصران حتى الآن</numerusform>
            <numerusform>جارٍ التحميل… %Ln عناصر حتى الآن</numerusform>
            <numerusform>جارٍ التحميل… %Ln عنصرًا حتى الآن</numerusform>
            <numerusform>جارٍ التحميل… %Ln عنصر حتى الآن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="426"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>لا عناصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%Ln عناصر</numerusform>
            <numerusform>%Ln عنصرًا</numerusform>
            <numerusform>%Ln عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="429"/>
        <source>{0} of %Ln item(s) match so far (still reading their details)</source>
        <translation>
            <numerusform>يطابق حتى الآن {0} من أصل %Ln عنصر (ما زالت قراءة تفاصيلها جارية)</numerusform>
            <numerusform>يطابق حتى الآن {0} من أصل عنصر واحد (ما زالت قراءة تفاصيله جارية)</numerusform>
            <numerusform>يطابق حتى الآن {0} من أصل عنصرين (ما زالت قراءة تفاصيلهما جارية)</numerusform>
            <numerusform>يطابق حتى الآن {0} من أصل %Ln عناصر (ما زالت قراءة تفاصيلها جارية)</numerusform>
            <numerusform>يطابق حتى الآن {0} من أصل %Ln عنصرًا (ما زالت قراءة تفاصيلها جارية)</numerusform>
            <numerusform>يطابق حتى الآن {0} من أصل %Ln عنصر (ما زالت قراءة تفاصيلها جارية)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="432"/>
        <source>{0} of %Ln item(s) match the filters</source>
        <translation>
            <numerusform>يطابق عوامل التصفية {0} من أصل %Ln عنصر</numerusform>
            <numerusform>يطابق عوامل التصفية {0} من أصل عنصر واحد</numerusform>
            <numerusform>يطابق عوامل التصفية {0} من أصل عنصرين</numerusform>
            <numerusform>يطابق عوامل التصفية {0} من أصل %Ln عناصر</numerusform>
            <numerusform>يطابق عوامل التصفية {0} من أصل %Ln عنصرًا</numerusform>
            <numerusform>يطابق عوامل التصفية {0} من أصل %Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="437"/>
        <source>{0} · {1}</source>
        <extracomment>The evidence count line, then how many items are selected (&quot;12 items · 4 selected&quot;).</extracomment>
        <translation>{0} · {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="437"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>لم يُحدَّد أي عنصر</numerusform>
            <numerusform>عنصر واحد محدَّد</numerusform>
            <numerusform>عنصران محدَّدان</numerusform>
            <numerusform>%Ln عناصر محدَّدة</numerusform>
            <numerusform>%Ln عنصرًا محدَّدًا</numerusform>
            <numerusform>%Ln عنصر محدَّد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="401"/>
        <source>Not every item could be read: {0}</source>
        <translation>تعذّرت قراءة بعض العناصر: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="416"/>
        <source>Open or create a case to see its evidence.</source>
        <translation>افتح قضية أو أنشئ قضية جديدة لعرض أدلتها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="419"/>
        <source>No evidence yet.
Add files, record an audio note, or drop files here.</source>
        <translation>لا توجد أدلة بعد.
أضف ملفات، أو سجّل ملاحظة صوتية، أو أفلت الملفات هنا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="476"/>
        <source>Add evidence files</source>
        <translation>إضافة ملفات إلى الأدلة</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="100"/>
        <source>Select an item to see it here.</source>
        <translation>اختر عنصرًا لعرضه هنا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="113"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="114"/>
        <source>Metadata</source>
        <translation>البيانات الوصفية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="115"/>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="116"/>
        <source>Similar</source>
        <translation>صور مشابهة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="117"/>
        <source>Provenance</source>
        <translation>المنشأ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="118"/>
        <source>Analysis</source>
        <translation>التحليل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="157"/>
        <source>Zoom in (mouse wheel)</source>
        <translation>تكبير (عجلة الفأرة)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="158"/>
        <source>Zoom out (mouse wheel)</source>
        <translation>تصغير (عجلة الفأرة)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="159"/>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="159"/>
        <source>Fit the picture in the window</source>
        <translation>ملاءمة الصورة لحجم النافذة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="160"/>
        <source>Actual pixels</source>
        <translation>الحجم الفعلي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="163"/>
        <source>Rotate the view left (the evidence is not changed)</source>
        <translation>تدوير العرض إلى اليسار (لا يتغيّر الدليل)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="168"/>
        <source>Rotate the view right (the evidence is not changed)</source>
        <translation>تدوير العرض إلى اليمين (لا يتغيّر الدليل)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="172"/>
        <source>Chronolocate by shadow…</source>
        <translation>تحديد التوقيت بالظل…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="173"/>
        <source>Draw a vertical object&apos;s shadow on the still and find the times of day that match</source>
        <translation>ارسم ظل جسم عمودي على الصورة الثابتة واعثر على أوقات اليوم المطابقة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="178"/>
        <source>Reveal graphic content</source>
        <translation>إظهار المحتوى الصادم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="195"/>
        <source>Tag, flag, link or trash them all at once: each item changed gets its own entry in the custody log, and the change can be undone.</source>
        <translation>يمكنك وسمها أو وضع علامة عليها أو ربطها أو نقلها إلى سلة المهملات دفعةً واحدة: يحصل كل عنصر يتغيّر على قيد خاص به في سجل العهدة، ويمكن التراجع عن التغيير.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="227"/>
        <source>%Ln item(s) selected</source>
        <translation>
            <numerusform>لم يُحدَّد أي عنصر</numerusform>
            <numerusform>تم تحديد عنصر واحد</numerusform>
            <numerusform>تم تحديد عنصرين</numerusform>
            <numerusform>تم تحديد %Ln عناصر</numerusform>
            <numerusform>تم تحديد %Ln عنصرًا</numerusform>
            <numerusform>تم تحديد %Ln عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="232"/>
        <source>{0} and %Ln more</source>
        <extracomment>The first few names of the items selected ({0}, a list), then how many others.</extracomment>
        <translation>
            <numerusform>{0}</numerusform>
            <numerusform>{0} وعنصر آخر</numerusform>
            <numerusform>{0} وعنصران آخران</numerusform>
            <numerusform>{0} و%Ln عناصر أخرى</numerusform>
            <numerusform>{0} و%Ln عنصرًا آخر</numerusform>
            <numerusform>{0} و%Ln عنصر آخر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="272"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="364"/>
        <source>{0}: nothing to show.
The original is kept unchanged in the store.</source>
        <translation>{0}: لا يوجد ما يُعرض.
الملف الأصلي محفوظ دون تغيير في المخزن.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="368"/>
        <source>No preview for this kind of file.
The original is kept unchanged in the store.</source>
        <translation>لا تتوفر معاينة لهذا النوع من الملفات.
الملف الأصلي محفوظ دون تغيير في المخزن.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="369"/>
        <source>The picture could not be read.</source>
        <translation>تعذّرت قراءة الصورة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="372"/>
        <source>Edit the transcript</source>
        <translation>تعديل التفريغ النصي</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="28"/>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="32"/>
        <source>Any flags</source>
        <translation>كل العلامات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="33"/>
        <source>Graphic</source>
        <translation>محتوى صادم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="34"/>
        <source>Personal data</source>
        <translation>بيانات شخصية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="35"/>
        <source>Decode problems</source>
        <translation>مشكلات فك الترميز</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="37"/>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="89"/>
        <source>Any tag</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="39"/>
        <source>Any checklist state</source>
        <translation>كل حالات قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="40"/>
        <source>Checks pending</source>
        <translation>بنود قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="41"/>
        <source>A check failed</source>
        <translation>بند لم ينجح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="42"/>
        <source>A check passed</source>
        <translation>بند ناجح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="43"/>
        <source>A check inconclusive</source>
        <translation>بند دون نتيجة حاسمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="44"/>
        <source>All checks done</source>
        <translation>اكتملت كل البنود</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="46"/>
        <source>Find in names, descriptions, tags</source>
        <translation>البحث في الأسماء والأوصاف والوسوم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="50"/>
        <source>Added, oldest first</source>
        <translation>تاريخ الإضافة، الأقدم أولًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="51"/>
        <source>Added, newest first</source>
        <translation>تاريخ الإضافة، الأحدث أولًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="52"/>
        <source>Captured, oldest first</source>
        <translation>وقت الالتقاط، الأقدم أولًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="53"/>
        <source>Captured, newest first</source>
        <translation>وقت الالتقاط، الأحدث أولًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="54"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="57"/>
        <source>Items without a capture time are listed last</source>
        <translation>تُدرَج العناصر التي ليس لها وقت التقاط في آخر القائمة</translation>
    </message>
</context>
<context>
    <name>FootagePanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="104"/>
        <source>Play / pause (Space)</source>
        <translation>تشغيل / إيقاف مؤقت (مفتاح المسافة)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="106"/>
        <source>One frame back</source>
        <translation>إطار واحد إلى الوراء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="108"/>
        <source>One frame forward</source>
        <translation>إطار واحد إلى الأمام</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="113"/>
        <source> s</source>
        <extracomment>Unit after a position in seconds (keep the leading space if your language uses one).</extracomment>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="114"/>
        <source>Position in seconds (type to jump)</source>
        <translation>الموضع بالثواني (اكتب قيمة للانتقال إليها)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="117"/>
        <source>Grab still</source>
        <translation>استخراج لقطة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="119"/>
        <source>Save the frame at this position as new evidence, linked to this footage and offset</source>
        <translation>حفظ الإطار عند هذا الموضع دليلًا جديدًا، مرتبطًا بمقطع الفيديو هذا وبالموضع الزمني</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="252"/>
        <source>{0} / {1}</source>
        <extracomment>The player&apos;s position: {0} where it is, {1} the footage&apos;s length (&quot;?&quot; when unknown).</extracomment>
        <translation>{0} / {1}</translation>
    </message>
</context>
<context>
    <name>HeadlineText</name>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="78"/>
        <source>%Ln added.</source>
        <extracomment>The first sentence after adding files: how many files were added to the case.</extracomment>
        <translation>
            <numerusform>لم يُضَف أي ملف.</numerusform>
            <numerusform>أُضيف ملف واحد.</numerusform>
            <numerusform>أُضيف ملفان.</numerusform>
            <numerusform>أُضيفت %Ln ملفات.</numerusform>
            <numerusform>أُضيف %Ln ملفًا.</numerusform>
            <numerusform>أُضيف %Ln ملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="81"/>
        <source>%Ln of them with decode problems (kept and flagged).</source>
        <translation>
            <numerusform>لا مشكلات في فك ترميز أيٍّ منها.</numerusform>
            <numerusform>منها ملف واحد بمشكلات في فك الترميز (حُفظ ووُضعت عليه علامة).</numerusform>
            <numerusform>منها ملفان بمشكلات في فك الترميز (حُفظا ووُضعت عليهما علامة).</numerusform>
            <numerusform>منها %Ln ملفات بمشكلات في فك الترميز (حُفظت ووُضعت عليها علامة).</numerusform>
            <numerusform>منها %Ln ملفًا بمشكلات في فك الترميز (حُفظت ووُضعت عليها علامة).</numerusform>
            <numerusform>منها %Ln ملف بمشكلات في فك الترميز (حُفظت ووُضعت عليها علامة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="84"/>
        <source>%Ln already in the case.</source>
        <translation>
            <numerusform>لا ملفات موجودة أصلًا في القضية.</numerusform>
            <numerusform>ملف واحد موجود أصلًا في القضية.</numerusform>
            <numerusform>ملفان موجودان أصلًا في القضية.</numerusform>
            <numerusform>%Ln ملفات موجودة أصلًا في القضية.</numerusform>
            <numerusform>%Ln ملفًا موجودًا أصلًا في القضية.</numerusform>
            <numerusform>%Ln ملف موجود أصلًا في القضية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="86"/>
        <source>%Ln could not be added.</source>
        <translation>
            <numerusform>لم تتعذّر إضافة أي ملف.</numerusform>
            <numerusform>تعذّرت إضافة ملف واحد.</numerusform>
            <numerusform>تعذّرت إضافة ملفين.</numerusform>
            <numerusform>تعذّرت إضافة %Ln ملفات.</numerusform>
            <numerusform>تعذّرت إضافة %Ln ملفًا.</numerusform>
            <numerusform>تعذّرت إضافة %Ln ملف.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/imageview.py" line="100"/>
        <source>Graphic content hidden. Click the picture to reveal it.</source>
        <translation>المحتوى الصادم مخفي. انقر الصورة لإظهاره.</translation>
    </message>
</context>
<context>
    <name>LinkClaimDialog</name>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="100"/>
        <source>Link %Ln item(s) to a claim</source>
        <translation>
            <numerusform>ربط العناصر بادعاء</numerusform>
            <numerusform>ربط عنصر واحد بادعاء</numerusform>
            <numerusform>ربط عنصرين بادعاء</numerusform>
            <numerusform>ربط %Ln عناصر بادعاء</numerusform>
            <numerusform>ربط %Ln عنصرًا بادعاء</numerusform>
            <numerusform>ربط %Ln عنصر بادعاء</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="111"/>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="112"/>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="121"/>
        <source>This case has no claims yet: add one in the Claims tab.</source>
        <translation>لا توجد ادعاءات في هذه القضية بعد: أضف ادعاءً من تبويب «الادعاءات».</translation>
    </message>
</context>
<context>
    <name>LinkEvidenceDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="66"/>
        <source>Link evidence to the claim</source>
        <translation>ربط أدلة بالادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="76"/>
        <source>Filter by name</source>
        <translation>تصفية حسب الاسم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="82"/>
        <source>Reading the case’s evidence…</source>
        <translation>جارٍ قراءة أدلة القضية…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="84"/>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="85"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="87"/>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="92"/>
        <source>Link</source>
        <translation>ربط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="119"/>
        <source>{0} · SHA-256 {1}…</source>
        <extracomment>An item&apos;s tooltip in the Link evidence dialog: {0} its kind, {1} the start of its SHA-256.</extracomment>
        <translation>{0} · SHA-256 {1}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="126"/>
        <source>Reading the case’s evidence… %Ln item(s) so far</source>
        <translation>
            <numerusform>جارٍ قراءة أدلة القضية… لا عناصر حتى الآن</numerusform>
            <numerusform>جارٍ قراءة أدلة القضية… عنصر واحد حتى الآن</numerusform>
            <numerusform>جارٍ قراءة أدلة القضية… عنصران حتى الآن</numerusform>
            <numerusform>جارٍ قراءة أدلة القضية… %Ln عناصر حتى الآن</numerusform>
            <numerusform>جارٍ قراءة أدلة القضية… %Ln عنصرًا حتى الآن</numerusform>
            <numerusform>جارٍ قراءة أدلة القضية… %Ln عنصر حتى الآن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="149"/>
        <source>{0} of %Ln item(s) shown</source>
        <translation>
            <numerusform>يُعرض {0} من أصل %Ln عنصر</numerusform>
            <numerusform>يُعرض {0} من أصل عنصر واحد</numerusform>
            <numerusform>يُعرض {0} من أصل عنصرين</numerusform>
            <numerusform>يُعرض {0} من أصل %Ln عناصر</numerusform>
            <numerusform>يُعرض {0} من أصل %Ln عنصرًا</numerusform>
            <numerusform>يُعرض {0} من أصل %Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="145"/>
        <source>Every item of the case is already linked to this claim.</source>
        <translation>كل عناصر القضية مرتبطة أصلًا بهذا الادعاء.</translation>
    </message>
</context>
<context>
    <name>LinkSourceDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="161"/>
        <source>Link a source to the claim</source>
        <translation>ربط مصدر بالادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="164"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="165"/>
        <source>Link</source>
        <translation>ربط</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="143"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="159"/>
        <source>Open a case first; then drop files on it.</source>
        <translation>افتح قضية أولًا، ثم أفلت الملفات عليها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="169"/>
        <source>Add evidence</source>
        <translation>إضافة أدلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="213"/>
        <source>Preferences saved.</source>
        <translation>حُفظت التفضيلات.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="223"/>
        <source>Restart CaseDesk?</source>
        <translation>هل تريد إعادة تشغيل CaseDesk؟</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="224"/>
        <source>The new language is used once CaseDesk restarts.</source>
        <translation>ستُستخدم اللغة الجديدة بعد إعادة تشغيل CaseDesk.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="227"/>
        <source>Restart now? Everything is already saved; the open case is shown again after the restart.</source>
        <translation>هل تريد إعادة التشغيل الآن؟ كل شيء محفوظ أصلًا، وستُعرض القضية المفتوحة من جديد بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="230"/>
        <source>Restart now</source>
        <translation>إعادة التشغيل الآن</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="231"/>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="246"/>
        <source>Colleagues&apos; changes cannot be shown: {0}</source>
        <translation>يتعذّر عرض تغييرات الزملاء: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="248"/>
        <source>Colleagues&apos; changes are shown again.</source>
        <translation>تُعرض تغييرات الزملاء من جديد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="254"/>
        <source>{0} · team workspace {1}</source>
        <translation>{0} · مساحة عمل الفريق {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="262"/>
        <source>{0} · workspace {1}</source>
        <translation>{0} · مساحة العمل {1}</translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="101"/>
        <source>Show all</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="102"/>
        <source>Zoom to the case&apos;s places and evidence (0)</source>
        <translation>التكبير على أماكن القضية وأدلتها (0)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="103"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="104"/>
        <source>Zoom out (−, or the mouse wheel)</source>
        <translation>تصغير (−، أو عجلة الفأرة)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="105"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="106"/>
        <source>Zoom in (+, or the mouse wheel)</source>
        <translation>تكبير (+، أو عجلة الفأرة)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="108"/>
        <source>Pick coordinates</source>
        <translation>التقاط الإحداثيات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="109"/>
        <source>Click the map to read a point&apos;s coordinates and time zone</source>
        <translation>انقر على الخريطة لقراءة إحداثيات نقطة ومنطقتها الزمنية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="110"/>
        <source>Measure</source>
        <translation>قياس</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="112"/>
        <source>Click two points for the distance and bearing between them (on the WGS 84 ellipsoid)</source>
        <translation>انقر على نقطتين لمعرفة المسافة والاتجاه بينهما (على المجسم الإهليلجي WGS 84)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="130"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="133"/>
        <source>Add place here…</source>
        <translation>إضافة مكان هنا…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="273"/>
        <source>{0} · borders: Natural Earth</source>
        <extracomment>The credit under the map: {0} the raster basemap&apos;s own attribution (&quot;© OpenStreetMap&quot;).</extracomment>
        <translation>{0} · الحدود: Natural Earth</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="275"/>
        <source>Borders: Natural Earth</source>
        <translation>الحدود: Natural Earth</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="310"/>
        <source>Click the map to read the coordinates of a point.</source>
        <translation>انقر على الخريطة لقراءة إحداثيات نقطة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="311"/>
        <source>Click the first point.</source>
        <translation>انقر على النقطة الأولى.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="344"/>
        <source>Click the second point.</source>
        <translation>انقر على النقطة الثانية.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="381"/>
        <source>picked on the map, {0}</source>
        <extracomment>The precision given to a place picked on the map: {0} how far a click may be off (&quot;±40 m&quot;).</extracomment>
        <translation>مُلتقَط على الخريطة، {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="392"/>
        <source>Add place “{0}”</source>
        <translation>إضافة المكان «{0}»</translation>
    </message>
</context>
<context>
    <name>MergeSourcesDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="60"/>
        <source>Merge sources</source>
        <translation>دمج المصادر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="62"/>
        <source>Choose the source that is the same account as “{0}”.</source>
        <translation>اختر المصدر الذي يمثّل الحساب نفسه الذي يمثّله «{0}».</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="71"/>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="75"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="87"/>
        <source>This case has no other source to merge.</source>
        <translation>لا يوجد في هذه القضية مصدر آخر لدمجه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="94"/>
        <source>What cites {0} ({1}) will cite “{2}” instead, and {0} will be removed. The custody log records the merge in one entry; Undo separates them again.</source>
        <extracomment>{0} the source merged away, {1} what cites it (&quot;1 claim and 2 evidence items&quot;), {2} the kept.</extracomment>
        <translation>كل ما يستشهد بالمصدر {0} ({1}) سيستشهد بالمصدر «{2}» بدلًا منه، وسيُزال {0}. يسجّل سجل العهدة الدمج في قيد واحد، ويفصل أمر «تراجع» بينهما من جديد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="99"/>
        <source>Nothing cites {0}; it will be removed in favour of “{1}”. The custody log records the merge in one entry; Undo separates them again.</source>
        <translation>لا شيء يستشهد بالمصدر {0}؛ وسيُزال لصالح «{1}». يسجّل سجل العهدة الدمج في قيد واحد، ويفصل أمر «تراجع» بينهما من جديد.</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="56"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="56"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="62"/>
        <source>Copy coordinates</source>
        <translation>نسخ الإحداثيات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="63"/>
        <source>Copy the GPS position (latitude, longitude)</source>
        <translation>نسخ موقع GPS (خط العرض، خط الطول)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="64"/>
        <source>Copy SHA-256</source>
        <translation>نسخ SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="65"/>
        <source>Copy selected</source>
        <translation>نسخ المحدد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="66"/>
        <source>Copy the selected fields and tags with their values</source>
        <translation>نسخ الحقول والوسوم المحددة مع قيمها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="68"/>
        <source>Filter tags and values</source>
        <translation>تصفية الوسوم والقيم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="126"/>
        <source>%Ln byte(s)</source>
        <extracomment>The exact size of a file, after its rounded size: &quot;1.5 kB (1,536 bytes)&quot;.</extracomment>
        <translation>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%Ln بايتات</numerusform>
            <numerusform>%Ln بايتًا</numerusform>
            <numerusform>%Ln بايت</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="128"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="130"/>
        <source>Original name</source>
        <translation>الاسم الأصلي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="131"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="132"/>
        <source>Media type</source>
        <translation>نوع الوسائط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="133"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="133"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="134"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="135"/>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="136"/>
        <source>Original location</source>
        <translation>المسار الأصلي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="141"/>
        <source>{0} × {1}</source>
        <extracomment>A picture&apos;s width × height, in pixels.</extracomment>
        <translation>{0} × {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="146"/>
        <source>Capture</source>
        <translation>الالتقاط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="148"/>
        <source>Captured</source>
        <translation>وقت الالتقاط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="148"/>
        <source>not recorded in the file</source>
        <translation>غير مسجَّل في الملف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="149"/>
        <source>Acquired</source>
        <translation>تاريخ الحصول عليه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="150"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="151"/>
        <source>Dimensions</source>
        <translation>الأبعاد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="152"/>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="157"/>
        <source>{0} m</source>
        <extracomment>An altitude in metres.</extracomment>
        <translation>{0} م</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="159"/>
        <source>Location (GPS)</source>
        <translation>الموقع (GPS)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="161"/>
        <source>Latitude, longitude</source>
        <translation>خط العرض، خط الطول</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="162"/>
        <source>Altitude</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="166"/>
        <source>Provenance</source>
        <translation>المنشأ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="203"/>
        <source>Still taken from</source>
        <translation>لقطة مستخرجة من</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="206"/>
        <source>At offset</source>
        <extracomment>Where in the footage a still was taken: {0} in seconds, {1} as minutes:seconds.</extracomment>
        <translation>عند الموضع الزمني</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="207"/>
        <source>{0} s ({1})</source>
        <translation>{0} ث ({1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="209"/>
        <source>Footage SHA-256</source>
        <translation>SHA-256 لمقطع الفيديو</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="167"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="169"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="170"/>
        <source>Decoding</source>
        <translation>فك الترميز</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="174"/>
        <source>Where each value was read</source>
        <translation>مصدر كل قيمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="182"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="188"/>
        <source>Raw metadata</source>
        <translation>البيانات الوصفية الخام</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="215"/>
        <source>Taken from the web archive</source>
        <translation>مستخرَج من أرشيف الويب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="216"/>
        <source>Web archive SHA-256</source>
        <translation>SHA-256 لأرشيف الويب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="217"/>
        <source>Web archive verified</source>
        <translation>تم التحقق من أرشيف الويب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="218"/>
        <source>Address captured</source>
        <translation>العنوان الملتقَط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="220"/>
        <source>Fetched (WARC-Date)</source>
        <extracomment>When the crawler fetched the resource, as its WARC record says (WARC-Date).</extracomment>
        <translation>وقت الجلب (WARC-Date)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="221"/>
        <source>WARC record</source>
        <translation>سجل WARC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="222"/>
        <source>WARC file</source>
        <translation>ملف WARC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="223"/>
        <source>Content type</source>
        <translation>نوع المحتوى</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="227"/>
        <source>Taken from the ProofMode bundle</source>
        <translation>مستخرَج من حزمة ProofMode</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="228"/>
        <source>Bundle SHA-256</source>
        <translation>SHA-256 للحزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="229"/>
        <source>Entry in the bundle</source>
        <translation>المدخل في الحزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="231"/>
        <source>Taken from</source>
        <translation>مستخرَج من</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="231"/>
        <source>Parent SHA-256</source>
        <translation>SHA-256 للعنصر الأصل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="239"/>
        <source>All tags ({0})</source>
        <extracomment>Heading of every tag the file carries, as exiftool groups them; {0} is the number of tags.</extracomment>
        <translation>جميع الوسوم ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="281"/>
        <source>%Ln more not shown</source>
        <translation>
            <numerusform>لا حقول أخرى غير معروضة</numerusform>
            <numerusform>حقل آخر غير معروض</numerusform>
            <numerusform>حقلان آخران غير معروضين</numerusform>
            <numerusform>%Ln حقول أخرى غير معروضة</numerusform>
            <numerusform>%Ln حقلًا آخر غير معروض</numerusform>
            <numerusform>%Ln حقل آخر غير معروض</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="56"/>
        <source>Speech models transcribe audio notes and the sound of footage on this computer. CaseDesk never downloads a model: add a faster-whisper (CTranslate2) Whisper model you already have, once, from its folder or its model.bin. It is checked, copied into the workspace and hashed; every transcript names the model that made it by name and hash.</source>
        <translation>تفرّغ نماذجُ التعرف على الكلام الملاحظاتِ الصوتية وصوتَ مقاطع الفيديو نصيًا على هذا الحاسوب. لا يُنزّل CaseDesk أي نموذج أبدًا: أضف مرة واحدة نموذج Whisper لمحرك faster-whisper ‏(CTranslate2) متوفرًا لديك، من مجلده أو من ملفه model.bin. يُفحص النموذج ويُنسخ إلى مساحة العمل وتُحسب قيمة تجزئته؛ ويذكر كل تفريغ نصي النموذجَ الذي أنتجه باسمه وقيمة تجزئته.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="68"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="68"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="68"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="68"/>
        <source>Hash</source>
        <translation>قيمة التجزئة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="68"/>
        <source>Default</source>
        <translation>الافتراضي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="77"/>
        <source>Add folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="78"/>
        <source>Add file…</source>
        <translation>إضافة ملف…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="79"/>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="80"/>
        <source>Use by default</source>
        <translation>استخدامه افتراضيًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="81"/>
        <source>Offer this model first when transcribing</source>
        <translation>اقتراح هذا النموذج أولًا عند التفريغ النصي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="107"/>
        <source>Open a workspace to manage its speech models.</source>
        <translation>افتح مساحة عمل لإدارة نماذج التعرف على الكلام فيها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/preferences_models.py" line="119"/>
        <source>%Ln language(s)</source>
        <translation>
            <numerusform>%Ln لغة</numerusform>
            <numerusform>%Ln لغة</numerusform>
            <numerusform>%Ln لغتان</numerusform>
            <numerusform>%Ln لغات</numerusform>
            <numerusform>%Ln لغةً</numerusform>
            <numerusform>%Ln لغة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="121"/>
        <source>English only</source>
        <translation>الإنجليزية فقط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="136"/>
        <source>Added from {0} on {1}. Licence: {2}</source>
        <extracomment>A speech model&apos;s tooltip: {0} where it was added from, {1} when (UTC), {2} its licence note.</extracomment>
        <translation>أُضيف من {0} في {1}. الترخيص: {2}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="147"/>
        <source>No speech model yet. Add one from a folder or file here, or with `casedesk models add PATH`.</source>
        <translation>لا يوجد نموذج للتعرف على الكلام بعد. أضف نموذجًا هنا من مجلد أو ملف، أو بالأمر `casedesk models add PATH`.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/preferences_models.py" line="153"/>
        <source>%Ln model(s) in this workspace.</source>
        <translation>
            <numerusform>%Ln نموذج في مساحة العمل هذه.</numerusform>
            <numerusform>%Ln نموذج في مساحة العمل هذه.</numerusform>
            <numerusform>%Ln نموذجان في مساحة العمل هذه.</numerusform>
            <numerusform>%Ln نماذج في مساحة العمل هذه.</numerusform>
            <numerusform>%Ln نموذجًا في مساحة العمل هذه.</numerusform>
            <numerusform>%Ln نموذج في مساحة العمل هذه.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="189"/>
        <source>Add a speech model: its folder</source>
        <translation>إضافة نموذج للتعرف على الكلام: مجلده</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="196"/>
        <source>Add a speech model: its model.bin</source>
        <translation>إضافة نموذج للتعرف على الكلام: ملفه model.bin</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="198"/>
        <source>faster-whisper model (model.bin);;All files (*)</source>
        <translation>نموذج faster-whisper (model.bin);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="212"/>
        <source>Adding {0}…</source>
        <translation>جارٍ إضافة {0}…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="213"/>
        <source>Adding a speech model</source>
        <translation>جارٍ إضافة نموذج للتعرف على الكلام</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="229"/>
        <source>{0} added.</source>
        <translation>أُضيف {0}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="229"/>
        <source>{0} is already in the workspace.</source>
        <translation>{0} موجود مسبقًا في مساحة العمل.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="248"/>
        <source>Remove speech model</source>
        <translation>إزالة نموذج التعرف على الكلام</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="250"/>
        <source>Remove {0} from this workspace? Transcripts it made keep naming it by name and hash; to transcribe with it again, add it again.</source>
        <translation>هل تريد إزالة {0} من مساحة العمل هذه؟ ستظل التفريغات النصية التي أنتجها تذكره باسمه وقيمة تجزئته؛ ولإعادة التفريغ النصي به، أضفه من جديد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="257"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="283"/>
        <source>Removing a speech model</source>
        <translation>جارٍ إزالة نموذج للتعرف على الكلام</translation>
    </message>
</context>
<context>
    <name>OcrLanguagesField</name>
    <message>
        <location filename="../../src/casedesk/ui/ocr_languages.py" line="20"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/ocr_languages.py" line="20"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/ocr_languages.py" line="20"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/workflows.py" line="89"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>لا صفحات</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%Ln صفحات</numerusform>
            <numerusform>%Ln صفحةً</numerusform>
            <numerusform>%Ln صفحة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="91"/>
        <source>The report of the case as of entry {0} was written to {1} ({2}, {3}).</source>
        <extracomment>{0} the custody entry the report covers, {1} the file, {2} &quot;12 pages&quot;, {3} the file&apos;s size.</extracomment>
        <translation>حُفظ تقرير القضية بتاريخ القيد {0} في {1} ({2}، {3}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="95"/>
        <source>SHA-256 {0}
Entry {1}: {2}</source>
        <extracomment>The report&apos;s hash, then the custody entry it covers: {1} its number, {2} its hash.</extracomment>
        <translation>SHA-256 {0}
القيد {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="98"/>
        <source>Report exported</source>
        <translation>صُدِّر التقرير</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/workflows.py" line="103"/>
        <source>%Ln evidence item(s) written to {0} ({1}).</source>
        <extracomment>{0} the bundle file, {1} its size.</extracomment>
        <translation>
            <numerusform>لم يُحفظ أي دليل في {0} ({1}).</numerusform>
            <numerusform>حُفظ دليل واحد في {0} ({1}).</numerusform>
            <numerusform>حُفظ دليلان في {0} ({1}).</numerusform>
            <numerusform>حُفظت %Ln أدلة في {0} ({1}).</numerusform>
            <numerusform>حُفظ %Ln دليلًا في {0} ({1}).</numerusform>
            <numerusform>حُفظ %Ln دليل في {0} ({1}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="106"/>
        <source>Bundle exported</source>
        <translation>صُدِّرت الحزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="106"/>
        <source>SHA-256 {0}</source>
        <translation>SHA-256 {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="110"/>
        <source>The case was imported.</source>
        <translation>استُوردت القضية.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="111"/>
        <source>The bundle was merged into the case already here.</source>
        <translation>دُمجت الحزمة في القضية الموجودة هنا أصلًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="112"/>
        <source>This case is already here with everything the bundle holds.</source>
        <translation>هذه القضية موجودة هنا أصلًا بكل ما تحويه الحزمة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/workflows.py" line="117"/>
        <source>%Ln evidence item(s) added.</source>
        <translation>
            <numerusform>لم يُضَف أي دليل.</numerusform>
            <numerusform>أُضيف دليل واحد.</numerusform>
            <numerusform>أُضيف دليلان.</numerusform>
            <numerusform>أُضيفت %Ln أدلة.</numerusform>
            <numerusform>أُضيف %Ln دليلًا.</numerusform>
            <numerusform>أُضيف %Ln دليل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/workflows.py" line="118"/>
        <source>%Ln custody entry(ies) added.</source>
        <translation>
            <numerusform>لم يُضَف أي قيد عهدة.</numerusform>
            <numerusform>أُضيف قيد عهدة واحد.</numerusform>
            <numerusform>أُضيف قيدا عهدة.</numerusform>
            <numerusform>أُضيفت %Ln قيود عهدة.</numerusform>
            <numerusform>أُضيف %Ln قيدَ عهدة.</numerusform>
            <numerusform>أُضيف %Ln قيد عهدة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="123"/>
        <source>Signed by {0}, whose key you trust.</source>
        <extracomment>{0} the name the investigator trusted the signer&apos;s key under.</extracomment>
        <translation>موقَّع من {0}، وهو صاحب مفتاح تثق به.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="125"/>
        <source>Signed with your own key.</source>
        <translation>موقَّع بمفتاحك أنت.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="129"/>
        <source>Signed by a key you do not trust, which says it is {0}: {1}.</source>
        <extracomment>{0} the name the bundle gives its signer; {1} the key&apos;s fingerprint.</extracomment>
        <translation>موقَّع بمفتاح لا تثق به بعد، يقدّم نفسه على أنه {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="134"/>
        <source>The bundle is not signed: nothing shows who made it.</source>
        <translation>الحزمة غير موقَّعة: لا شيء يدلّ على من أعدّها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="136"/>
        <source>Bundle imported</source>
        <translation>استُوردت الحزمة</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="84"/>
        <source>comma-separated</source>
        <translation>مفصولة بفاصلة (,)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="97"/>
        <source>Add place…</source>
        <translation>إضافة مكان…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="101"/>
        <source>Relate to case…</source>
        <translation>ربط بقضية…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="102"/>
        <source>Remove link…</source>
        <translation>إزالة الربط…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="103"/>
        <source>Add note…</source>
        <translation>إضافة ملاحظة…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="107"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="108"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="109"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="110"/>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="111"/>
        <source>First seen</source>
        <translation>أول ظهور</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="112"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="97"/>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="117"/>
        <source>Related cases</source>
        <translation>القضايا ذات الصلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="103"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="428"/>
        <source>There is no other case to relate this one to.</source>
        <translation>لا توجد قضية أخرى لربط هذه القضية بها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="432"/>
        <source>Relate to case</source>
        <translation>ربط بقضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="432"/>
        <source>Related case</source>
        <translation>القضية ذات الصلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="368"/>
        <source>New note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="89"/>
        <source>The languages of the text in this case&apos;s stills; none: those of Preferences ▸ Text recognition</source>
        <translation>لغات النص في الصور الثابتة لهذه القضية؛ إن لم تُحدَّد: لغات التفضيلات ▸ التعرّف على النص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="113"/>
        <source>Recognise text in</source>
        <translation>التعرّف على النص باللغات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="133"/>
        <source>Changes are saved as you make them and written to the custody log; Edit ▸ Undo.</source>
        <translation>تُحفظ التغييرات فور إجرائها وتُقيَّد في سجل العهدة؛ وللتراجع: تحرير ◂ تراجع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="137"/>
        <source>Edit the case title</source>
        <translation>تعديل عنوان القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="138"/>
        <source>Edit the summary</source>
        <translation>تعديل الملخص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="139"/>
        <source>Change the case status</source>
        <translation>تغيير حالة القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="141"/>
        <source>Edit the incident time</source>
        <translation>تعديل وقت الحادثة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="144"/>
        <source>Edit when first seen</source>
        <translation>تعديل وقت أول ظهور</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="148"/>
        <source>Edit the tags</source>
        <translation>تعديل الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="152"/>
        <source>Change the languages text is recognised in</source>
        <translation>تغيير لغات التعرّف على النص</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/overview.py" line="233"/>
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>لا أدلة</numerusform>
            <numerusform>دليل واحد</numerusform>
            <numerusform>دليلان</numerusform>
            <numerusform>%Ln أدلة</numerusform>
            <numerusform>%Ln دليلًا</numerusform>
            <numerusform>%Ln دليل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/overview.py" line="234"/>
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>لا مصادر</numerusform>
            <numerusform>مصدر واحد</numerusform>
            <numerusform>مصدران</numerusform>
            <numerusform>%Ln مصادر</numerusform>
            <numerusform>%Ln مصدرًا</numerusform>
            <numerusform>%Ln مصدر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/overview.py" line="235"/>
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>لا ادعاءات</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%Ln ادعاءات</numerusform>
            <numerusform>%Ln ادعاءً</numerusform>
            <numerusform>%Ln ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/overview.py" line="236"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>لا أحداث</numerusform>
            <numerusform>حدث واحد</numerusform>
            <numerusform>حدثان</numerusform>
            <numerusform>%Ln أحداث</numerusform>
            <numerusform>%Ln حدثًا</numerusform>
            <numerusform>%Ln حدث</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="237"/>
        <source>checklist: {0}</source>
        <translation>قائمة التحقق: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/overview.py" line="238"/>
        <source>custody log: %Ln entry(ies)</source>
        <translation>
            <numerusform>سجل العهدة: لا قيود</numerusform>
            <numerusform>سجل العهدة: قيد واحد</numerusform>
            <numerusform>سجل العهدة: قيدان</numerusform>
            <numerusform>سجل العهدة: %Ln قيود</numerusform>
            <numerusform>سجل العهدة: %Ln قيدًا</numerusform>
            <numerusform>سجل العهدة: %Ln قيد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="241"/>
        <source> · </source>
        <extracomment>Separates the counts of the case&apos;s overview line (&quot;12 evidence items · 3 sources&quot;).</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="272"/>
        <source>Written {0}; double-click to edit</source>
        <translation>كُتبت في {0}؛ انقر نقرًا مزدوجًا لتعديلها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="326"/>
        <source>Add place “{0}”</source>
        <translation>إضافة المكان «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="343"/>
        <source>Edit place “{0}”</source>
        <translation>تعديل المكان «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="353"/>
        <source>Remove place</source>
        <translation>إزالة المكان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="355"/>
        <source>Remove place “{0}”</source>
        <translation>إزالة المكان «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="361"/>
        <source>Restore place “{0}”</source>
        <translation>استعادة المكان «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="368"/>
        <location filename="../../src/casedesk/ui/overview.py" line="386"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="375"/>
        <source>Add a note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="386"/>
        <source>Edit note</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="393"/>
        <source>Edit a note</source>
        <translation>تعديل ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="404"/>
        <source>Remove note</source>
        <translation>إزالة الملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="406"/>
        <source>Remove a note</source>
        <translation>إزالة ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="411"/>
        <source>Restore a note</source>
        <translation>استعادة ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="440"/>
        <source>Relate to “{0}”</source>
        <translation>الربط بالقضية «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="450"/>
        <source>Remove the link</source>
        <translation>إزالة الربط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="456"/>
        <source>Remove the link to “{0}”</source>
        <translation>إزالة الربط بالقضية «{0}»</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/passphrase.py" line="15"/>
        <source>Encrypt the bundle</source>
        <translation>تشفير الحزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/passphrase.py" line="15"/>
        <source>Bundle passphrase</source>
        <translation>عبارة مرور الحزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/passphrase.py" line="18"/>
        <source>Encrypt with a passphrase</source>
        <translation>التشفير بعبارة مرور</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/passphrase.py" line="26"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/passphrase.py" line="28"/>
        <source>Again</source>
        <translation>التأكيد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/passphrase.py" line="30"/>
        <source>Share it by another channel than the bundle. It cannot be recovered.</source>
        <translation>أرسلها عبر قناة غير التي تُرسَل بها الحزمة. لا يمكن استرجاعها إن فُقدت.</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="52"/>
        <source>Edit place</source>
        <translation>تعديل المكان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="52"/>
        <source>New place</source>
        <translation>مكان جديد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="61"/>
        <source>Coordinates known</source>
        <translation>الإحداثيات معروفة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="61"/>
        <source>Name only</source>
        <translation>الاسم فقط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="63"/>
        <source>e.g. approximate, town centre, exact</source>
        <translation>مثل: تقريبي، وسط البلدة، دقيق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="69"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="70"/>
        <source>Position</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="71"/>
        <source>Latitude (WGS 84)</source>
        <translation>خط العرض (WGS 84)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="72"/>
        <source>Longitude (WGS 84)</source>
        <translation>خط الطول (WGS 84)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="73"/>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="74"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="47"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="52"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="67"/>
        <source> px</source>
        <extracomment>Unit after the thumbnail size in pixels (keep the leading space if your language uses one).</extracomment>
        <translation> بكسل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="69"/>
        <source>Blur evidence marked graphic until I click it</source>
        <translation>تمويه الأدلة المُعلَّمة كمحتوى صادم إلى أن أنقر عليها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="73"/>
        <source>Investigator name</source>
        <translation>اسم المحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="74"/>
        <source>Written to the custody log and printed in reports.</source>
        <translation>يُقيَّد في سجل العهدة ويُطبع في التقارير.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="75"/>
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="76"/>
        <source>Team evidence store</source>
        <translation>مخزن أدلة الفريق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="81"/>
        <source>A folder, or a team workspace: its PostgreSQL URL (postgresql://USER@HOST/DATABASE) above and its S3 store here. Passwords come from PGPASSWORD or ~/.pgpass, keys from the AWS settings. Now using {0}. A new location takes effect at the next start.</source>
        <translation>مجلد، أو مساحة عمل فريق: عنوان PostgreSQL الخاص بها (postgresql://USER@HOST/DATABASE) أعلاه ومخزن S3 الخاص بها هنا. تأتي كلمات المرور من PGPASSWORD أو ‎~/.pgpass، والمفاتيح من إعدادات AWS. المستخدَم الآن: {0}. يسري المكان الجديد عند التشغيل التالي.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="167"/>
        <source>Workspace folder</source>
        <translation>مجلد مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="88"/>
        <source>Thumbnail size</source>
        <translation>حجم الصور المصغّرة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="58"/>
        <source>s3://BUCKET/PREFIX</source>
        <translation>s3://BUCKET/PREFIX</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="90"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="91"/>
        <source>CaseDesk offers to restart when the language is changed.</source>
        <translation>يعرض CaseDesk إعادة التشغيل عند تغيير اللغة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="94"/>
        <source>Made at the first signed export</source>
        <translation>يُنشأ عند أول تصدير موقَّع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="99"/>
        <source>Your signing key</source>
        <translation>مفتاح توقيعك</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="104"/>
        <source>Reports and bundles are signed with it. Read this fingerprint to whoever checks them, by another channel: no authority vouches for it.</source>
        <translation>تُوقَّع به التقارير والحزم. أبلِغ هذه البصمة لمن يتحقق منها عبر قناة أخرى: لا توجد جهة تضمنها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="120"/>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="121"/>
        <source>Text recognition</source>
        <translation>التعرّف على النص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="123"/>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="129"/>
        <source>Recognise text in stills when they are added</source>
        <translation>التعرّف على النص في الصور الثابتة عند إضافتها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="140"/>
        <source>After files are added or a still is taken from footage, CaseDesk reads the text in the new stills with Tesseract, in the background (it can be cancelled). The text is kept beside the original, searchable, and logged in the custody log.</source>
        <translation>بعد إضافة ملفات أو استخراج لقطة من مقطع فيديو، يقرأ CaseDesk النص في الصور الثابتة الجديدة باستخدام Tesseract في الخلفية (ويمكن إلغاء ذلك). ويُحفظ النص بجانب الملف الأصلي، ويمكن البحث فيه، ويُسجَّل في سجل العهدة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="146"/>
        <source>Languages to recognise</source>
        <translation>اللغات المراد التعرّف عليها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="151"/>
        <source>Each language needs Tesseract&apos;s language data installed (the Debian packages tesseract-ocr-ara, tesseract-ocr-fra, tesseract-ocr-eng).</source>
        <translation>تتطلب كل لغة تثبيت بيانات اللغة الخاصة بـ Tesseract (حزم دبيان tesseract-ocr-ara وtesseract-ocr-fra وtesseract-ocr-eng).</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/checklist.py" line="61"/>
        <source>%Ln of {0} passed</source>
        <translation>
            <numerusform>لم ينجح أي بند من {0}</numerusform>
            <numerusform>نجح بند واحد من {0}</numerusform>
            <numerusform>نجح بندان من {0}</numerusform>
            <numerusform>نجحت %Ln بنود من {0}</numerusform>
            <numerusform>نجح %Ln بندًا من {0}</numerusform>
            <numerusform>نجح %Ln بند من {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/checklist.py" line="63"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>لا بنود لم تنجح</numerusform>
            <numerusform>بند واحد لم ينجح</numerusform>
            <numerusform>بندان لم ينجحا</numerusform>
            <numerusform>%Ln بنود لم تنجح</numerusform>
            <numerusform>%Ln بندًا لم ينجح</numerusform>
            <numerusform>%Ln بند لم ينجح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/checklist.py" line="65"/>
        <source>%Ln inconclusive</source>
        <translation>
            <numerusform>لا بنود دون نتيجة حاسمة</numerusform>
            <numerusform>بند واحد دون نتيجة حاسمة</numerusform>
            <numerusform>بندان دون نتيجة حاسمة</numerusform>
            <numerusform>%Ln بنود دون نتيجة حاسمة</numerusform>
            <numerusform>%Ln بندًا دون نتيجة حاسمة</numerusform>
            <numerusform>%Ln بند دون نتيجة حاسمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/checklist.py" line="67"/>
        <source>%Ln not applicable</source>
        <translation>
            <numerusform>لا بنود لا تنطبق</numerusform>
            <numerusform>بند واحد لا ينطبق</numerusform>
            <numerusform>بندان لا ينطبقان</numerusform>
            <numerusform>%Ln بنود لا تنطبق</numerusform>
            <numerusform>%Ln بندًا لا ينطبق</numerusform>
            <numerusform>%Ln بند لا ينطبق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/checklist.py" line="69"/>
        <source>%Ln pending</source>
        <translation>
            <numerusform>لا بنود قيد الانتظار</numerusform>
            <numerusform>بند واحد قيد الانتظار</numerusform>
            <numerusform>بندان قيد الانتظار</numerusform>
            <numerusform>%Ln بنود قيد الانتظار</numerusform>
            <numerusform>%Ln بندًا قيد الانتظار</numerusform>
            <numerusform>%Ln بند قيد الانتظار</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance.py" line="92"/>
        <location filename="../../src/casedesk/ui/evidence/provenance.py" line="197"/>
        <source>Read again</source>
        <translation>إعادة القراءة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance.py" line="95"/>
        <source>Read the original&apos;s Content Credentials, signatures and web-archive checks again, with the trust anchors and keys imported now (recorded in the custody log)</source>
        <translation>إعادة قراءة بيانات اعتماد المحتوى (C2PA) للملف الأصلي وتواقيعه وفحوص أرشيف الويب، بمراسي الثقة والمفاتيح المستوردة حاليًا (يُسجَّل ذلك في سجل العهدة)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance.py" line="134"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance.py" line="191"/>
        <source>Reading the provenance</source>
        <translation>قراءة المنشأ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance.py" line="197"/>
        <source>Read now</source>
        <translation>القراءة الآن</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance.py" line="214"/>
        <source>Not read yet: the item was added before CaseDesk read provenance, or came in a bundle (readings do not travel). Read it now to check it.</source>
        <translation>لم تُقرأ بعد: أُضيف هذا الدليل قبل أن يقرأ CaseDesk المنشأ، أو ورد ضمن حزمة (القراءات لا تنتقل معها). اقرأه الآن للتحقق منه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance.py" line="219"/>
        <source>Read on {0}.</source>
        <translation>قُرئت في {0}.</translation>
    </message>
</context>
<context>
    <name>ProvenanceTree</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="55"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="55"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="80"/>
        <source>Validation state “{0}”: {1}</source>
        <extracomment>Content Credentials&apos; validation state as the c2pa library names it ({0}), and its meaning.</extracomment>
        <translation>حالة التحقق «{0}»: {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="86"/>
        <source>Signature {0}: {1}</source>
        <extracomment>A detached signature&apos;s file name ({0}) and what its check found.</extracomment>
        <translation>التوقيع {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="95"/>
        <source>Web archive (WACZ) verified: every hash matches, and its signature if it has one.</source>
        <translation>تم التحقق من أرشيف الويب (WACZ): تطابقت كل قيم التجزئة، وكذلك توقيعه إن وُجد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="108"/>
        <source>Signed capture ({0}) verified: the media is what its proof states, and its signature holds.</source>
        <extracomment>{0}: the app that made the capture (Starling Capture, ProofMode).</extracomment>
        <translation>تم التحقق من اللقطة الموقَّعة ({0}): ملف الوسائط مطابق لما يذكره إثباتها، وتوقيعها صحيح.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="116"/>
        <source>Signed capture ({0}), signature {1}: {2}</source>
        <extracomment>{0}: the app that made the capture, {1} who made the signature, {2} what its check found.</extracomment>
        <translation>لقطة موقَّعة ({0})، توقيع {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="122"/>
        <source>Content Credentials (C2PA)</source>
        <translation>بيانات اعتماد المحتوى (C2PA)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="124"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="131"/>
        <source>Content Credentials</source>
        <translation>بيانات اعتماد المحتوى</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="124"/>
        <source>None in this file</source>
        <translation>لا توجد في هذا الملف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="127"/>
        <source>Present</source>
        <translation>موجودة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="128"/>
        <source>Only a link to them elsewhere: not fetched (CaseDesk works offline)</source>
        <translation>رابط إليها في مكان آخر فقط: لم تُجلب (يعمل CaseDesk دون اتصال)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="129"/>
        <source>Present, but they could not be read</source>
        <translation>موجودة، لكن تعذّرت قراءتها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="132"/>
        <source>Where they are said to be</source>
        <translation>الموضع المذكور لها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="134"/>
        <source>What c2pa said</source>
        <translation>ما أفادت به c2pa</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="136"/>
        <source>Validation state</source>
        <translation>حالة التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="137"/>
        <source>What it means</source>
        <translation>المعنى</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="140"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="266"/>
        <source>Signer</source>
        <translation>الموقِّع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="142"/>
        <source>Signing certificate</source>
        <translation>شهادة التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="143"/>
        <source>Issuer</source>
        <translation>الجهة المُصدِرة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="144"/>
        <source>Signing time</source>
        <translation>وقت التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="146"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="271"/>
        <source>Time stamp</source>
        <translation>الطابع الزمني</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="147"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="272"/>
        <source>Time-stamping authority</source>
        <translation>جهة الختم الزمني</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="148"/>
        <source>Claim generator</source>
        <translation>الأداة المولِّدة (claim generator)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="149"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="245"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="150"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="197"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="304"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="151"/>
        <source>Active manifest</source>
        <translation>البيان النشط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="153"/>
        <source>Manifests in the file</source>
        <translation>البيانات في الملف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="156"/>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="156"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>لا إجراءات</numerusform>
            <numerusform>إجراء واحد</numerusform>
            <numerusform>إجراءان</numerusform>
            <numerusform>%Ln إجراءات</numerusform>
            <numerusform>%Ln إجراءً</numerusform>
            <numerusform>%Ln إجراء</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="169"/>
        <source>Ingredients</source>
        <translation>المكوّنات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="169"/>
        <source>%Ln ingredient(s)</source>
        <translation>
            <numerusform>لا مكوّنات</numerusform>
            <numerusform>مكوّن واحد</numerusform>
            <numerusform>مكوّنان</numerusform>
            <numerusform>%Ln مكوّنات</numerusform>
            <numerusform>%Ln مكوّنًا</numerusform>
            <numerusform>%Ln مكوّن</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="172"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="287"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="345"/>
        <source>Read with</source>
        <translation>قُرئ باستخدام</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="173"/>
        <source>Trust anchors (SHA-256)</source>
        <translation>مراسي الثقة (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="176"/>
        <source>Status codes</source>
        <translation>رموز الحالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="176"/>
        <source>no failure</source>
        <translation>لا إخفاق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="180"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="185"/>
        <source>failure</source>
        <translation>إخفاق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="180"/>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="181"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="190"/>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="195"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="249"/>
        <source>{0} ({1})</source>
        <extracomment>An item of the case an ingredient is: {0} its name, {1} how that is known.</extracomment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="196"/>
        <source>In this case</source>
        <translation>في هذه القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="198"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="343"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="202"/>
        <source>Manifest</source>
        <translation>البيان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="203"/>
        <source>Instance id</source>
        <translation>معرّف النسخة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="204"/>
        <source>Document id</source>
        <translation>معرّف المستند</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="206"/>
        <source>Validation failures</source>
        <translation>إخفاقات التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="215"/>
        <source>Detached signatures (OpenPGP)</source>
        <translation>التواقيع المنفصلة (OpenPGP)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="216"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="331"/>
        <source>%Ln signature(s)</source>
        <translation>
            <numerusform>لا تواقيع</numerusform>
            <numerusform>توقيع واحد</numerusform>
            <numerusform>توقيعان</numerusform>
            <numerusform>%Ln تواقيع</numerusform>
            <numerusform>%Ln توقيعًا</numerusform>
            <numerusform>%Ln توقيع</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="218"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="450"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="459"/>
        <source>Valid</source>
        <translation>صالح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="218"/>
        <source>Not valid</source>
        <translation>غير صالح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="219"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="260"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="263"/>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="220"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="335"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="221"/>
        <source>Signer key id</source>
        <translation>معرّف مفتاح الموقِّع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="222"/>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="224"/>
        <source>Primary key fingerprint</source>
        <translation>بصمة المفتاح الرئيسي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="225"/>
        <source>User id</source>
        <translation>هوية المستخدم (user id)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="226"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="267"/>
        <source>Signed at</source>
        <translation>وقت التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="227"/>
        <source>Key expires</source>
        <translation>انتهاء صلاحية المفتاح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="230"/>
        <source>Signature file</source>
        <translation>ملف التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="231"/>
        <source>Signature file SHA-256</source>
        <translation>قيمة SHA-256 لملف التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="232"/>
        <source>What gpgv said</source>
        <translation>ما أفاد به gpgv</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="233"/>
        <source>Checked with</source>
        <translation>تم التحقق باستخدام</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="237"/>
        <source>Web archive (WACZ)</source>
        <translation>أرشيف الويب (WACZ)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="239"/>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="241"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="292"/>
        <source>Verified</source>
        <translation>تم التحقق منه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="241"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="292"/>
        <source>Not verified</source>
        <translation>لم يُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="242"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="293"/>
        <source>Verdict</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="244"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="295"/>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="246"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="253"/>
        <source>(no time)</source>
        <translation>(بلا وقت)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="254"/>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="255"/>
        <source>Modified</source>
        <translation>تاريخ التعديل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="256"/>
        <source>Software</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="257"/>
        <source>WACZ version</source>
        <translation>إصدار WACZ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="260"/>
        <source>Not signed</source>
        <translation>غير موقَّع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="264"/>
        <source>Domain certificate</source>
        <translation>شهادة نطاق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="264"/>
        <source>Anonymous key</source>
        <translation>مفتاح مجهول الهوية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="265"/>
        <source>Signed with</source>
        <translation>وُقِّع باستخدام</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="268"/>
        <source>Certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="269"/>
        <source>Certificate issuer</source>
        <translation>الجهة المُصدِرة للشهادة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="270"/>
        <source>Certificate valid until</source>
        <translation>الشهادة صالحة حتى</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="273"/>
        <source>Signing key (SHA-256)</source>
        <translation>مفتاح التوقيع (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="275"/>
        <source>None in the archive</source>
        <translation>غير موجود في الأرشيف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="278"/>
        <source>Matches datapackage.json</source>
        <translation>يطابق datapackage.json</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="280"/>
        <source>Differs from datapackage.json</source>
        <translation>يختلف عن datapackage.json</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="282"/>
        <source>Package digest</source>
        <translation>خلاصة حزمة البيانات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="283"/>
        <source>Hashes checked</source>
        <translation>قيم التجزئة التي فُحصت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="284"/>
        <source>Hashes failed</source>
        <translation>قيم التجزئة غير المطابقة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="286"/>
        <source>Resource</source>
        <translation>المورد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="290"/>
        <source>Signed capture</source>
        <translation>لقطة موقَّعة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="296"/>
        <source>Media</source>
        <translation>ملف الوسائط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="297"/>
        <source>Media SHA-256, as the proof states it</source>
        <translation>قيمة SHA-256 لملف الوسائط كما يذكرها الإثبات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="299"/>
        <source>Yes: the same SHA-256</source>
        <translation>نعم: قيمة SHA-256 نفسها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="300"/>
        <source>No: its SHA-256 differs</source>
        <translation>لا: تختلف قيمة SHA-256 الخاصة به</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="301"/>
        <source>Not checked: the media is not among the files</source>
        <translation>لم يُتحقَّق من ذلك: ملف الوسائط غير موجود بين الملفات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="303"/>
        <source>Media matches the proof</source>
        <translation>ملف الوسائط يطابق الإثبات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="305"/>
        <source>Device time</source>
        <translation>وقت الجهاز</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="306"/>
        <source>Device clock, its time zone unknown</source>
        <translation>ساعة الجهاز، ومنطقتها الزمنية غير معروفة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="307"/>
        <source>Time taken from</source>
        <translation>الوقت مقروء من</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="310"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="311"/>
        <source>{0} m</source>
        <translation>{0} م</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="313"/>
        <source>Accuracy</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="315"/>
        <source>Altitude</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="316"/>
        <source>Fix time</source>
        <translation>وقت تحديد الموقع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="317"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="319"/>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="320"/>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="321"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="328"/>
        <source>Other stated fields</source>
        <translation>حقول أخرى مذكورة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="325"/>
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>لا حقول (%Ln)</numerusform>
            <numerusform>حقل واحد (%Ln)</numerusform>
            <numerusform>حقلان (%Ln)</numerusform>
            <numerusform>%Ln حقول</numerusform>
            <numerusform>%Ln حقلًا</numerusform>
            <numerusform>%Ln حقل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="331"/>
        <source>Signatures</source>
        <translation>التواقيع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="336"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="337"/>
        <source>Covers</source>
        <translation>يشمل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="340"/>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="340"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>لا ملفات (%Ln)</numerusform>
            <numerusform>ملف واحد (%Ln)</numerusform>
            <numerusform>ملفان (%Ln)</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملفًا</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="375"/>
        <source>Show this item</source>
        <translation>عرض هذا الدليل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="383"/>
        <source>The manifest validates and its signing certificate chains to a trusted anchor: the signer is vouched for by the trust list.</source>
        <translation>البيان صحيح وتتسلسل شهادة توقيعه إلى مرساة ثقة: قائمة الثقة تضمن هوية الموقِّع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="387"/>
        <source>The manifest validates (the file is what was signed), but its signing certificate is not on the trust list: who signed is not vouched for.</source>
        <translation>البيان صحيح (الملف هو ما وُقِّع)، لكن شهادة توقيعه ليست في قائمة الثقة: لا شيء يضمن هوية الموقِّع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="391"/>
        <source>The manifest does not validate: the file or its Content Credentials changed after signing, or they are malformed. The original is kept as received.</source>
        <translation>البيان غير صحيح: تغيّر الملف أو بيانات اعتماد المحتوى الخاصة به بعد التوقيع، أو أنها مشوّهة. يُحفظ الملف الأصلي كما ورد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="399"/>
        <source>Colour adjustments</source>
        <translation>تعديلات الألوان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="400"/>
        <source>Converted</source>
        <translation>تحويل الصيغة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="401"/>
        <source>Created</source>
        <comment>a C2PA action</comment>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="402"/>
        <source>Cropped</source>
        <translation>اقتصاص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="403"/>
        <source>Deleted</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="404"/>
        <source>Drawing</source>
        <translation>رسم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="405"/>
        <source>Dubbed</source>
        <translation>دبلجة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="406"/>
        <source>Edited</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="407"/>
        <source>Metadata edited</source>
        <translation>تحرير البيانات الوصفية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="408"/>
        <source>Filtered</source>
        <translation>تطبيق مرشِّح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="409"/>
        <source>Opened</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="410"/>
        <source>Orientation changed</source>
        <translation>تغيير الاتجاه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="411"/>
        <source>Placed</source>
        <translation>إدراج</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="412"/>
        <source>Published</source>
        <translation>نشر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="413"/>
        <source>Redacted</source>
        <translation>تنقيح (حجب)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="414"/>
        <source>Removed</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="415"/>
        <source>Repackaged</source>
        <translation>إعادة تغليف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="416"/>
        <source>Resized</source>
        <translation>تغيير الحجم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="417"/>
        <source>Transcoded</source>
        <translation>إعادة ترميز</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="418"/>
        <source>Translated</source>
        <translation>ترجمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="419"/>
        <source>Trimmed</source>
        <translation>قصّ المدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="420"/>
        <source>Unknown action</source>
        <translation>إجراء غير معروف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="421"/>
        <source>Watermarked</source>
        <translation>إضافة علامة مائية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="426"/>
        <source>parent</source>
        <translation>أصل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="427"/>
        <source>component</source>
        <translation>مكوِّن</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="428"/>
        <source>input</source>
        <translation>مُدخل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="434"/>
        <source>the same bytes: its SHA-256</source>
        <translation>البايتات نفسها: قيمة SHA-256 الخاصة به</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="435"/>
        <source>it carries the ingredient&apos;s manifest</source>
        <translation>يحمل بيان المكوّن</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="436"/>
        <source>the same instance id: a lead to check, not a proof</source>
        <translation>معرّف النسخة نفسه: خيط يجب التحقق منه، لا دليل قاطع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="441"/>
        <source>Claim hash</source>
        <translation>قيمة تجزئة المطالبة (claim)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="442"/>
        <source>Manifest hash</source>
        <translation>قيمة تجزئة البيان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="443"/>
        <source>Thumbnail hash</source>
        <translation>قيمة تجزئة الصورة المصغّرة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="444"/>
        <source>Data hash</source>
        <translation>قيمة تجزئة البيانات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="451"/>
        <source>Invalid: the signed files or the signature were altered</source>
        <translation>غير صالح: عُدِّلت الملفات الموقَّعة أو التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="452"/>
        <source>Present, not verifiable offline</source>
        <translation>موجود، ولا يمكن التحقق منه دون اتصال</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="453"/>
        <source>Not checked</source>
        <translation>لم يُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="454"/>
        <source>Could not be checked</source>
        <translation>تعذّر التحقق منه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="460"/>
        <source>Verifies, but not trusted</source>
        <translation>يُتحقَّق منه، لكنه غير موثوق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="461"/>
        <source>Invalid</source>
        <translation>غير صالح</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/records.py" line="65"/>
        <source>“{0}” will be hidden, not deleted: it stays in the custody log with your reason and can be restored under “Show removed”.</source>
        <translation>سيُخفى «{0}» ولن يُحذف: يبقى في سجل العهدة مع السبب الذي تذكره، ويمكن استعادته من خلال «إظهار العناصر المُزالة».</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/records.py" line="72"/>
        <source>e.g. duplicate entry, wrong location</source>
        <translation>مثل: إدخال مكرر، موقع خاطئ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/records.py" line="73"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../src/casedesk/ui/records.py" line="112"/>
        <source>Show removed</source>
        <translation>إظهار العناصر المُزالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/records.py" line="114"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/records.py" line="115"/>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/records.py" line="116"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
</context>
<context>
    <name>RecordNoteDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="182"/>
        <source>Record audio note</source>
        <translation>تسجيل ملاحظة صوتية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="194"/>
        <source>Start recording</source>
        <translation>بدء التسجيل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="197"/>
        <source>Microphone: {0}</source>
        <translation>الميكروفون: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="200"/>
        <source>Transcript / notes</source>
        <translation>التفريغ النصي / الملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="248"/>
        <source>Stop recording</source>
        <translation>إيقاف التسجيل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="248"/>
        <source>Record again</source>
        <translation>إعادة التسجيل</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="143"/>
        <source>Export report (PDF)</source>
        <translation>تصدير التقرير (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="146"/>
        <source>Latest entry ({0})</source>
        <translation>آخر قيد ({0})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="147"/>
        <source>Case as of</source>
        <translation>القضية بتاريخ القيد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="152"/>
        <source>Type an entry number or the start of its hash to report the case as it stood then. The same entry and options always give the same file.</source>
        <translation>اكتب رقم قيد أو بداية قيمة التجزئة الخاصة به لإعداد تقرير عن القضية كما كانت عندئذٍ. القيد نفسه مع الخيارات نفسها يُنتجان دائمًا الملف نفسه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="157"/>
        <source>Leave out evidence marked graphic</source>
        <translation>استبعاد الأدلة المُعلَّمة كمحتوى صادم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="158"/>
        <source>Leave out evidence marked personal data</source>
        <translation>استبعاد الأدلة المُعلَّمة كبيانات شخصية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="159"/>
        <source>Blur such items instead of leaving them out</source>
        <translation>تمويه هذه العناصر بدلًا من استبعادها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="160"/>
        <source>Full custody log</source>
        <translation>سجل العهدة كاملًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="160"/>
        <source>Custody summary</source>
        <translation>ملخص العهدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="162"/>
        <source>e.g. CONFIDENTIAL (printed on every page)</source>
        <translation>مثل: سري (يُطبع على كل صفحة)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="166"/>
        <source>Custody</source>
        <translation>العهدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="167"/>
        <source>Marking</source>
        <translation>علامة التصنيف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="170"/>
        <source>Report language</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="171"/>
        <source>Sign the report with my key</source>
        <translation>وقّع التقرير بمفتاحي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="178"/>
        <source>A signed report begins with exactly the unsigned one: whoever holds the bundle can regenerate it and compare. The export is logged with the entry it covers and the file&apos;s SHA-256.</source>
        <translation>يبدأ التقرير الموقَّع بالتقرير غير الموقَّع نفسه تمامًا: يستطيع كل من يملك الحزمة إعادة إنشائه والمقارنة. ويُسجَّل التصدير مع القيد الذي يغطيه وبصمة SHA-256 للملف.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/search.py" line="26"/>
        <source>Search all cases (Ctrl+F)</source>
        <translation>البحث في كل القضايا (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/search.py" line="63"/>
        <source>{0} · {1}</source>
        <extracomment>A search hit&apos;s second line: {0} what was found (a claim, a note…), {1} its case&apos;s title.</extracomment>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/search.py" line="67"/>
        <source>{0}
{1}: {2}</source>
        <extracomment>A search hit&apos;s tooltip: {0} the case, {1} the field that matched, {2} the matching text.</extracomment>
        <translation>{0}
{1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/search.py" line="76"/>
        <source>No hits.</source>
        <translation>لا توجد نتائج.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/search.py" line="76"/>
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجةً</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="54"/>
        <source>Tag…</source>
        <translation>وسم…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="54"/>
        <source>Add or remove tags on the selected items</source>
        <translation>إضافة وسوم إلى العناصر المحدَّدة أو إزالتها منها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="57"/>
        <source>Link to claim…</source>
        <translation>ربط بادعاء…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="57"/>
        <source>Link the selected items to a claim</source>
        <translation>ربط العناصر المحدَّدة بادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="60"/>
        <source>Move to trash…</source>
        <translation>نقل إلى سلة المهملات…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="60"/>
        <source>Move the selected items to the trash</source>
        <translation>نقل العناصر المحدَّدة إلى سلة المهملات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="64"/>
        <source>Select all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="66"/>
        <source>Mark as graphic</source>
        <translation>تعليم كمحتوى صادم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="68"/>
        <source>Clear the graphic flag</source>
        <translation>إزالة علامة المحتوى الصادم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="71"/>
        <source>Mark as personal data</source>
        <translation>تعليم كبيانات شخصية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="74"/>
        <source>Clear the personal-data flag</source>
        <translation>إزالة علامة البيانات الشخصية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="76"/>
        <source>Flag</source>
        <translation>وضع علامة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="81"/>
        <source>Flag the selected items as graphic or as personal data</source>
        <translation>تعليم العناصر المحدَّدة كمحتوى صادم أو كبيانات شخصية</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="268"/>
        <source>No picture fingerprint for this item, so no comparison.</source>
        <translation>لا توجد بصمة مرئية لهذا العنصر، لذا تتعذّر المقارنة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="270"/>
        <source>Looking for pictures that look alike…</source>
        <translation>جارٍ البحث عن صور متشابهة المظهر…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="283"/>
        <source>No near-duplicates in this workspace.</source>
        <translation>لا توجد صور شبه مطابقة في مساحة العمل هذه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="285"/>
        <source>Pictures that look alike (distance 0 = identical look):</source>
        <translation>صور متشابهة المظهر (المسافة 0 = مظهر مطابق):</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="291"/>
        <source>{0} — distance {1}</source>
        <extracomment>A picture that looks like this one: {0} its file name, {1} how different (0 = same look).</extracomment>
        <translation>{0} — المسافة {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="293"/>
        <source>{0} — distance {1} (another case)</source>
        <translation>{0} — المسافة {1} (قضية أخرى)</translation>
    </message>
</context>
<context>
    <name>SourceInUseDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="112"/>
        <source>Source still cited</source>
        <translation>المصدر لا يزال مُستشهَدًا به</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="115"/>
        <source>“{0}” is still cited by {1}.</source>
        <extracomment>{0} the source&apos;s name, {1} what cites it (&quot;1 claim and 2 evidence items&quot;).</extracomment>
        <translation>ما زال يستشهد بالمصدر «{0}» {1}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="118"/>
        <source>Unlink it from them and remove it? Undo puts the source and its links back.</source>
        <translation>هل تريد إلغاء ربطه بها وإزالته؟ يعيد أمر «تراجع» المصدر وروابطه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="120"/>
        <source>Unlink and remove</source>
        <translation>إلغاء الربط والإزالة</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="78"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="78"/>
        <source>Handle</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="78"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="78"/>
        <source>Reliability</source>
        <translation>الموثوقية</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="120"/>
        <source>Show removed</source>
        <translation>إظهار العناصر المُزالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="122"/>
        <source>New source…</source>
        <translation>مصدر جديد…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="123"/>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="124"/>
        <source>Merge another source of this case into the selected one</source>
        <translation>دمج مصدر آخر من هذه القضية في المصدر المحدَّد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="125"/>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="126"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="138"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="139"/>
        <source>Handle</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="140"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="141"/>
        <source>Reliability</source>
        <translation>الموثوقية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="142"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="143"/>
        <source>Bears on</source>
        <translation>يتعلق بـ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="256"/>
        <source>Claims {0}</source>
        <extracomment>Claims that cite a source, by number: {0} is a list such as &quot;#1, #3&quot;.</extracomment>
        <translation>الادعاءات {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/sources.py" line="258"/>
        <source>%Ln removed claim(s)</source>
        <translation>
            <numerusform>لا ادعاءات مُزالة</numerusform>
            <numerusform>ادعاء واحد مُزال</numerusform>
            <numerusform>ادعاءان مُزالان</numerusform>
            <numerusform>%Ln ادعاءات مُزالة</numerusform>
            <numerusform>%Ln ادعاءً مُزالًا</numerusform>
            <numerusform>%Ln ادعاء مُزال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="260"/>
        <source>Evidence: {0}</source>
        <translation>الأدلة: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="261"/>
        <source>Nothing in this case cites it yet.</source>
        <translation>لا شيء في هذه القضية يستشهد به بعد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="280"/>
        <source>Edit source</source>
        <translation>تعديل المصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="309"/>
        <source>Add source “{0}”</source>
        <translation>إضافة المصدر «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="321"/>
        <source>Remove source</source>
        <translation>إزالة المصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="324"/>
        <source>The source was kept.</source>
        <translation>أُبقي على المصدر.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="350"/>
        <source>Remove source “{0}”</source>
        <translation>إزالة المصدر «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="364"/>
        <source>Restore source “{0}”</source>
        <translation>استعادة المصدر «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="386"/>
        <source>Merge “{0}” into “{1}”</source>
        <translation>دمج «{0}» في «{1}»</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="63"/>
        <source>Tag %Ln item(s)</source>
        <translation>
            <numerusform>وسم العناصر</numerusform>
            <numerusform>وسم عنصر واحد</numerusform>
            <numerusform>وسم عنصرين</numerusform>
            <numerusform>وسم %Ln عناصر</numerusform>
            <numerusform>وسم %Ln عنصرًا</numerusform>
            <numerusform>وسم %Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="65"/>
        <source>comma, separated, tags</source>
        <translation>وسوم مفصولة بفاصلة (,)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="67"/>
        <source>tags to take off</source>
        <translation>الوسوم المراد إزالتها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="73"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="74"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="81"/>
        <source>Each item changed gets its own entry in the custody log.</source>
        <translation>يحصل كل عنصر يتغيّر على قيد خاص به في سجل العهدة.</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/thumbs.py" line="90"/>
        <source>Graphic</source>
        <translation>محتوى صادم</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="105"/>
        <source>unknown — e.g. 2025-03-14 or 2025-03-16 15:05 America/Los_Angeles</source>
        <translation>غير معروف — مثل: 2025-03-14 أو 2025-03-16 15:05 America/Los_Angeles</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="125"/>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="128"/>
        <source>no time zone</source>
        <translation>دون منطقة زمنية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="130"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1} · {2}</source>
        <extracomment>How a typed time is read: {0} the time, {1} how precisely it is known, {2} its time zone.</extracomment>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · {1} · {2}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="83"/>
        <source>When</source>
        <translation>التوقيت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="83"/>
        <source>Known to</source>
        <translation>درجة الدقة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="83"/>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="83"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="210"/>
        <source>Show removed</source>
        <translation>إظهار العناصر المُزالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="211"/>
        <source>New event…</source>
        <translation>حدث جديد…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="212"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="213"/>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="214"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="216"/>
        <source>▬ year or month only   ◆ day   ● exact time   // time shortened</source>
        <translation>▬ السنة أو الشهر فقط   ◆ اليوم   ● الوقت بالضبط   // فاصل زمني مختصر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="315"/>
        <source>Add event “{0}”</source>
        <translation>إضافة الحدث «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="333"/>
        <source>Edit event “{0}”</source>
        <translation>تعديل الحدث «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="343"/>
        <source>Remove event</source>
        <translation>إزالة الحدث</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="345"/>
        <source>Remove event “{0}”</source>
        <translation>إزالة الحدث «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="351"/>
        <source>Restore event “{0}”</source>
        <translation>استعادة الحدث «{0}»</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="112"/>
        <source>Detect</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="113"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="114"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="115"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="118"/>
        <source>Transcribe</source>
        <translation>تفريغ نصي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="121"/>
        <source>Transcribe the speech offline with the model chosen (it replaces the last transcript)</source>
        <translation>تفريغ الكلام نصيًا دون اتصال بالنموذج المختار (يحلّ محلّ آخر تفريغ نصي)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="134"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="134"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="134"/>
        <source>What is said</source>
        <translation>ما يُقال</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="148"/>
        <source>Click a segment to play from its start</source>
        <translation>انقر على مقطع لتشغيله من بدايته</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="153"/>
        <source>Your corrected transcript. The machine&apos;s text is kept as it was heard.</source>
        <translation>تفريغك النصي المصحَّح. يُحفظ نص الآلة كما سُمع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="159"/>
        <source>Save correction</source>
        <translation>حفظ التصحيح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="161"/>
        <source>Start from the machine&apos;s text</source>
        <translation>البدء من نص الآلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="178"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="180"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="188"/>
        <source>Machine transcript</source>
        <translation>التفريغ النصي الآلي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="193"/>
        <source>Investigator&apos;s correction</source>
        <translation>تصحيح المحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="239"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="269"/>
        <source>Not transcribed yet.</source>
        <translation>لم يُفرَّغ نصيًا بعد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="280"/>
        <source>{0} ({1})</source>
        <extracomment>A speech model in a list: {0} its name, {1} the start of its hash.</extracomment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="300"/>
        <source>This model knows English only</source>
        <translation>لا يعرف هذا النموذج إلا الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="323"/>
        <source>Transcribed by {0}, hash {1}, with {2} · language: {3} · {4}</source>
        <extracomment>Who made a transcript: {0} the model&apos;s name, {1} its hash, {2} the engine and its version, {3} the language heard, {4} when (UTC).</extracomment>
        <translation>التفريغ النصي بواسطة {0}، قيمة التجزئة {1}، باستخدام {2} · اللغة: {3} · {4}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="356"/>
        <source>No correction yet.</source>
        <translation>لا يوجد تصحيح بعد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="360"/>
        <source>Saved {0}, before the item was transcribed again: check it against the new text.</source>
        <translation>حُفظ في {0}، قبل إعادة التفريغ النصي للدليل: راجعه مقارنةً بالنص الجديد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="364"/>
        <source>Saved {0}.</source>
        <translation>حُفظ في {0}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="366"/>
        <source>Not saved yet: press Save correction to keep it.</source>
        <translation>لم يُحفظ بعد: اضغط «حفظ التصحيح» للاحتفاظ به.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="387"/>
        <source>Transcribing with {0}…</source>
        <translation>جارٍ التفريغ النصي باستخدام {0}…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="390"/>
        <source>Transcribing</source>
        <translation>جارٍ التفريغ النصي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="412"/>
        <source>The sound of this item cannot be decoded: {0}</source>
        <translation>يتعذّر فك ترميز صوت هذا العنصر: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="417"/>
        <source>Transcription did not finish.</source>
        <translation>لم يكتمل التفريغ النصي.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="476"/>
        <source>Correct the transcript</source>
        <translation>تصحيح التفريغ النصي</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="37"/>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="47"/>
        <source>Move to trash</source>
        <translation>نقل إلى سلة المهملات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="40"/>
        <source>Move “{0}” to the trash?</source>
        <translation>هل تريد نقل «{0}» إلى سلة المهملات؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="42"/>
        <source>Move %Ln item(s) to the trash?</source>
        <translation>
            <numerusform>هل تريد نقل العناصر إلى سلة المهملات؟</numerusform>
            <numerusform>هل تريد نقل عنصر واحد إلى سلة المهملات؟</numerusform>
            <numerusform>هل تريد نقل عنصرين إلى سلة المهملات؟</numerusform>
            <numerusform>هل تريد نقل %Ln عناصر إلى سلة المهملات؟</numerusform>
            <numerusform>هل تريد نقل %Ln عنصرًا إلى سلة المهملات؟</numerusform>
            <numerusform>هل تريد نقل %Ln عنصر إلى سلة المهملات؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="44"/>
        <source>They stay in the workspace and can be restored. Reason (written to the custody log):</source>
        <translation>لا يُحذف شيء: يبقى كل ذلك في مساحة العمل ويمكن استعادته. السبب (يُقيَّد في سجل العهدة):</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="15"/>
        <source>Offline case management for open-source investigators: evidence, custody log, claims, verification and reports.</source>
        <translation>إدارة القضايا دون اتصال بالإنترنت للمحققين في المصادر المفتوحة: الأدلة، وسجل العهدة، والادعاءات، والتحقق، والتقارير.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="20"/>
        <source>Works offline; no telemetry.</source>
        <translation>يعمل دون اتصال بالإنترنت؛ ولا يجمع أي بيانات قياس عن بُعد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="21"/>
        <source>CaseDesk never connects to the network. Your evidence stays on this computer.</source>
        <translation>لا يتصل CaseDesk بالشبكة أبدًا. تبقى أدلتك على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="24"/>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>الترخيص: رخصة جنو العمومية العامة (GNU General Public License)، الإصدار 3 أو أي إصدار لاحق.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="25"/>
        <source>Fonts: Noto Sans and Noto Naskh Arabic, SIL Open Font License.</source>
        <translation>الخطوط: Noto Sans وNoto Naskh Arabic، بموجب ترخيص SIL Open Font License.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="36"/>
        <source>About CaseDesk</source>
        <translation>حول CaseDesk</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/casedesk/ui/app.py" line="73"/>
        <source>CaseDesk cannot open the workspace</source>
        <translation>يتعذّر على CaseDesk فتح مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/app.py" line="76"/>
        <source>Choose another folder…</source>
        <translation>اختيار مجلد آخر…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/app.py" line="84"/>
        <source>Workspace folder</source>
        <translation>مجلد مساحة العمل</translation>
    </message>
</context>
<context>
    <name>case_fields</name>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="25"/>
        <location filename="../../src/casedesk/ui/map/readout.py" line="26"/>
        <source>{0} N</source>
        <translation>{0} شمالًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="26"/>
        <location filename="../../src/casedesk/ui/map/readout.py" line="27"/>
        <source>{0} S</source>
        <translation>{0} جنوبًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="27"/>
        <location filename="../../src/casedesk/ui/map/readout.py" line="28"/>
        <source>{0} E</source>
        <translation>{0} شرقًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="28"/>
        <location filename="../../src/casedesk/ui/map/readout.py" line="29"/>
        <source>{0} W</source>
        <translation>{0} غربًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="32"/>
        <location filename="../../src/casedesk/ui/map/readout.py" line="32"/>
        <source>{0}, {1}</source>
        <translation>{0}، {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="41"/>
        <source>{0} — {1} ({2})</source>
        <extracomment>A place in the Overview&apos;s list: {0} its name, {1} its coordinates, {2} how precise they are.</extracomment>
        <translation>{0} — {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="45"/>
        <source>{0} — {1}</source>
        <extracomment>A place in the Overview&apos;s list: {0} its name, {1} its coordinates.</extracomment>
        <translation>{0} — {1}</translation>
    </message>
</context>
<context>
    <name>delegate</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/delegate.py" line="29"/>
        <source>@ {0} s</source>
        <extracomment>Where in its footage a still was taken, in seconds (&quot;@ 12.500 s&quot;).</extracomment>
        <translation>@ {0} ث</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="17"/>
        <source>Still image</source>
        <translation>صورة ثابتة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="18"/>
        <source>Footage</source>
        <translation>مقطع فيديو</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="19"/>
        <source>Audio</source>
        <translation>تسجيل صوتي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="20"/>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="21"/>
        <source>Other file</source>
        <translation>ملف آخر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="31"/>
        <source>Decoded fully</source>
        <translation>فُكّ ترميزه بالكامل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="32"/>
        <source>Partly decoded</source>
        <translation>فُكّ ترميزه جزئيًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="33"/>
        <source>Could not be decoded</source>
        <translation>تعذّر فك ترميزه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="34"/>
        <source>Not decoded (over safety limits)</source>
        <translation>لم يُفكّ ترميزه (يتجاوز حدود الأمان)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="56"/>
        <source>Graphic</source>
        <translation>محتوى صادم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="58"/>
        <source>Personal data</source>
        <translation>بيانات شخصية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="82"/>
        <source>File format</source>
        <translation>صيغة الملف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="83"/>
        <source>Pixel mode</source>
        <translation>نمط البكسلات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="84"/>
        <source>Frames</source>
        <translation>الإطارات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="85"/>
        <source>Animated</source>
        <translation>متحركة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="86"/>
        <source>Container</source>
        <translation>الحاوية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="87"/>
        <source>Bit rate (bit/s)</source>
        <translation>معدل البتات (بت/ث)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="88"/>
        <source>Capture time read from</source>
        <translation>وقت الالتقاط مقروء من</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="89"/>
        <source>GPS time (UTC)</source>
        <translation>توقيت GPS (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="90"/>
        <source>Codec</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="91"/>
        <source>Codec profile</source>
        <translation>ملف الترميز</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="92"/>
        <source>Pixel format</source>
        <translation>صيغة البكسلات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="93"/>
        <source>Frame rate (frames/s)</source>
        <translation>معدل الإطارات (إطار/ث)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="94"/>
        <source>Rotation (degrees)</source>
        <translation>الدوران (بالدرجات)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="95"/>
        <source>Poster frame at (seconds)</source>
        <translation>إطار المعاينة عند (بالثواني)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="96"/>
        <source>Integrity checked</source>
        <translation>تم التحقق من السلامة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="97"/>
        <source>Sample rate (Hz)</source>
        <translation>معدل أخذ العينات (هرتز)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="98"/>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="99"/>
        <source>Audio codec</source>
        <translation>ترميز الصوت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="100"/>
        <source>Audio sample rate (Hz)</source>
        <translation>معدل أخذ عينات الصوت (هرتز)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="101"/>
        <source>Audio channels</source>
        <translation>قنوات الصوت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="102"/>
        <source>PDF version</source>
        <translation>إصدار PDF</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="103"/>
        <source>Encrypted</source>
        <translation>مشفّر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="104"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="105"/>
        <source>Title (in the file)</source>
        <translation>العنوان (في الملف)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="106"/>
        <source>Author (in the file)</source>
        <translation>المؤلف (في الملف)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="107"/>
        <source>Created with</source>
        <translation>أُنشئ باستخدام</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="108"/>
        <source>Produced with</source>
        <translation>أُنتج باستخدام</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="109"/>
        <source>Created (in the file)</source>
        <translation>تاريخ الإنشاء (في الملف)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="110"/>
        <source>Modified (in the file)</source>
        <translation>تاريخ التعديل (في الملف)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="118"/>
        <source>Metadata read by</source>
        <translation>قُرئت البيانات الوصفية بواسطة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="120"/>
        <source>Capture time: tag</source>
        <translation>وقت الالتقاط: الوسم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="121"/>
        <source>UTC offset implied by GPS time</source>
        <translation>فرق التوقيت عن UTC المستنتج من وقت GPS</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="122"/>
        <source>Location: tag</source>
        <translation>الموقع: الوسم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="124"/>
        <source>Camera make: tag</source>
        <translation>الشركة المصنّعة للجهاز: الوسم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="125"/>
        <source>Camera model: tag</source>
        <translation>طراز الجهاز: الوسم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="126"/>
        <source>Software: tag</source>
        <translation>البرنامج: الوسم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="139"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="141"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <location filename="../../src/casedesk/ui/formats.py" line="56"/>
        <source>{0} UTC</source>
        <translation>{0} UTC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/formats.py" line="103"/>
        <source>, </source>
        <extracomment>Separates the items of a list, e.g. &quot;1 of 11 passed, 1 failed&quot;. Arabic: &quot;، &quot; (Arabic comma).</extracomment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../src/casedesk/ui/i18n.py" line="80"/>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="128"/>
        <source>Recognising text in the new stills</source>
        <translation>جارٍ التعرّف على النص في الصور الثابتة الجديدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="141"/>
        <source>Open a case before adding evidence.</source>
        <translation>افتح قضية قبل إضافة الأدلة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="151"/>
        <source>Adding evidence</source>
        <translation>جارٍ إضافة الأدلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="165"/>
        <source>Grabbing still</source>
        <translation>جارٍ استخراج اللقطة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="172"/>
        <source>Open a case before recording a note.</source>
        <translation>افتح قضية قبل تسجيل ملاحظة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="178"/>
        <source>No microphone found</source>
        <translation>لم يُعثر على ميكروفون</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="179"/>
        <source>No microphone found. Connect or enable a microphone (and allow CaseDesk to use it), then try again. You can also add a recording made elsewhere with Add files…</source>
        <translation>لم يُعثر على ميكروفون. صِل ميكروفونًا أو فعِّله (واسمح لبرنامج CaseDesk باستخدامه)، ثم حاول مجددًا. ويمكنك أيضًا إضافة تسجيل أُجري في مكان آخر عبر «إضافة ملفات…».</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="194"/>
        <source>audio note {0} UTC.wav</source>
        <extracomment>The file name of a recorded audio note; {0} is its UTC time. Keep &quot;.wav&quot; and no &quot;/&quot; or &quot;:&quot;.</extracomment>
        <translation>ملاحظة صوتية {0} UTC.wav</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="216"/>
        <source>Adding audio note</source>
        <translation>جارٍ إضافة الملاحظة الصوتية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="232"/>
        <source>Evidence added</source>
        <translation>أُضيفت الأدلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="245"/>
        <source>That frame is already in the case; it is selected.</source>
        <translation>هذا الإطار موجود أصلًا في القضية، وقد حُدِّد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="252"/>
        <source>Still added, linked to its footage and offset.</source>
        <translation>أُضيفت اللقطة مرتبطةً بمقطع الفيديو الذي استُخرجت منه وبموضعها الزمني.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="13"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="14"/>
        <source>Under verification</source>
        <translation>قيد التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="15"/>
        <source>Verified</source>
        <translation>تم التحقق منها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="16"/>
        <location filename="../../src/casedesk/ui/labels.py" line="28"/>
        <source>Disputed</source>
        <translation>محلّ نزاع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="17"/>
        <source>Debunked</source>
        <translation>مُفنَّدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="18"/>
        <location filename="../../src/casedesk/ui/labels.py" line="39"/>
        <source>Inconclusive</source>
        <translation>دون نتيجة حاسمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="19"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="25"/>
        <source>Unverified</source>
        <translation>لم يُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="26"/>
        <source>Supported</source>
        <translation>مدعوم بالأدلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="27"/>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="29"/>
        <source>False</source>
        <translation>كاذب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="36"/>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="37"/>
        <source>Passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="38"/>
        <source>Failed</source>
        <translation>لم ينجح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="40"/>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="46"/>
        <source>Supports</source>
        <translation>يدعم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="47"/>
        <source>Contradicts</source>
        <translation>يناقض</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="48"/>
        <source>Context</source>
        <translation>سياق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="55"/>
        <source>Completely reliable</source>
        <translation>موثوق تمامًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="56"/>
        <source>Usually reliable</source>
        <translation>موثوق عادةً</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="57"/>
        <source>Fairly reliable</source>
        <translation>موثوق إلى حدٍّ ما</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="58"/>
        <source>Not usually reliable</source>
        <translation>غير موثوق عادةً</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="59"/>
        <source>Unreliable</source>
        <translation>غير موثوق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="60"/>
        <source>Reliability cannot be judged</source>
        <translation>لا يمكن الحكم على موثوقيته</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="67"/>
        <source>Confirmed by other sources</source>
        <translation>مؤكَّد من مصادر أخرى</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="68"/>
        <source>Probably true</source>
        <translation>صحيح على الأرجح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="69"/>
        <source>Possibly true</source>
        <translation>ربما يكون صحيحًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="70"/>
        <source>Doubtful</source>
        <translation>مشكوك فيه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="71"/>
        <source>Improbable</source>
        <translation>مستبعَد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="72"/>
        <source>Truth cannot be judged</source>
        <translation>لا يمكن الحكم على صحته</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="79"/>
        <location filename="../../src/casedesk/ui/labels.py" line="86"/>
        <source>{0} — {1}</source>
        <extracomment>An Admiralty grade and its meaning: {0} is the code (A to F, or 1 to 6), {1} what it means.</extracomment>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="92"/>
        <source>Case</source>
        <translation>قضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="93"/>
        <source>Claim</source>
        <translation>ادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="94"/>
        <source>Evidence</source>
        <translation>دليل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="95"/>
        <source>Source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="96"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="97"/>
        <source>Annotation</source>
        <translation>تعليق توضيحي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="98"/>
        <source>Event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="99"/>
        <source>Place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="100"/>
        <source>Check</source>
        <translation>بند تحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="101"/>
        <source>Bundle</source>
        <translation>حزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="108"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="109"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="110"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="111"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="112"/>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="113"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="114"/>
        <source>Transcript</source>
        <translation>التفريغ النصي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="115"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="116"/>
        <source>Handle</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="123"/>
        <source>year only</source>
        <translation>السنة فقط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="124"/>
        <source>month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="125"/>
        <source>day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="126"/>
        <source>to the minute</source>
        <translation>بالدقيقة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="134"/>
        <source>Case created</source>
        <translation>أُنشئت القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="135"/>
        <source>Case edited</source>
        <translation>عُدِّلت القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="136"/>
        <source>Related case linked</source>
        <translation>رُبطت قضية ذات صلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="137"/>
        <source>Related case unlinked</source>
        <translation>أُلغي ربط قضية ذات صلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="138"/>
        <source>Related case linked again</source>
        <translation>أُعيد ربط قضية ذات صلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="139"/>
        <source>Evidence added</source>
        <translation>أُضيف دليل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="140"/>
        <source>Still taken from footage</source>
        <translation>استُخرجت لقطة من مقطع فيديو</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="141"/>
        <source>Media taken from a web archive</source>
        <translation>استُخرجت وسائط من أرشيف ويب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="142"/>
        <source>Media taken from a ProofMode bundle</source>
        <translation>استُخرجت وسائط من حزمة ProofMode</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="143"/>
        <source>Web archive&apos;s page text kept</source>
        <translation>حُفظ نص صفحات أرشيف ويب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="144"/>
        <source>Evidence edited</source>
        <translation>عُدِّل دليل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="145"/>
        <source>Evidence moved to the trash</source>
        <translation>نُقل دليل إلى سلة المهملات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="146"/>
        <source>Evidence restored</source>
        <translation>استُعيد دليل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="147"/>
        <source>Evidence deleted for good</source>
        <translation>حُذف دليل نهائيًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="148"/>
        <source>Source added</source>
        <translation>أُضيف مصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="149"/>
        <source>Source edited</source>
        <translation>عُدِّل مصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="150"/>
        <source>Sources merged</source>
        <translation>دُمجت مصادر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="151"/>
        <source>Source merge undone</source>
        <translation>أُلغي دمج مصادر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="152"/>
        <source>Source removed</source>
        <translation>أُزيل مصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="153"/>
        <source>Source restored</source>
        <translation>استُعيد مصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="154"/>
        <source>Claim added</source>
        <translation>أُضيف ادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="155"/>
        <source>Claim edited</source>
        <translation>عُدِّل ادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="156"/>
        <source>Claim status or credibility changed</source>
        <translation>تغيّرت حالة ادعاء أو مصداقيته</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="157"/>
        <source>Claim linked to evidence or a source</source>
        <translation>رُبط ادعاء بدليل أو مصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="158"/>
        <source>Claim unlinked from evidence or a source</source>
        <translation>أُلغي ربط ادعاء بدليل أو مصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="159"/>
        <source>Claim removed</source>
        <translation>أُزيل ادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="160"/>
        <source>Claim restored</source>
        <translation>استُعيد ادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="161"/>
        <source>Checklist item changed</source>
        <translation>تغيّر بند في قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="162"/>
        <source>Place added</source>
        <translation>أُضيف مكان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="163"/>
        <source>Place edited</source>
        <translation>عُدِّل مكان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="164"/>
        <source>Place removed</source>
        <translation>أُزيل مكان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="165"/>
        <source>Place restored</source>
        <translation>استُعيد مكان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="166"/>
        <source>Event added</source>
        <translation>أُضيف حدث</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="167"/>
        <source>Event edited</source>
        <translation>عُدِّل حدث</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="168"/>
        <source>Event removed</source>
        <translation>أُزيل حدث</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="169"/>
        <source>Event restored</source>
        <translation>استُعيد حدث</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="170"/>
        <source>Note added</source>
        <translation>أُضيفت ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="171"/>
        <source>Note edited</source>
        <translation>عُدِّلت ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="172"/>
        <source>Note removed</source>
        <translation>أُزيلت ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="173"/>
        <source>Note restored</source>
        <translation>استُعيدت ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="174"/>
        <source>Annotation added</source>
        <translation>أُضيف تعليق توضيحي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="175"/>
        <source>Annotation edited</source>
        <translation>عُدِّل تعليق توضيحي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="176"/>
        <source>Annotation removed</source>
        <translation>أُزيل تعليق توضيحي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="177"/>
        <source>Annotation restored</source>
        <translation>استُعيد تعليق توضيحي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="178"/>
        <source>Report exported (PDF)</source>
        <translation>صُدِّر تقرير (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="179"/>
        <source>Bundle exported</source>
        <translation>صُدِّرت الحزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="180"/>
        <source>Bundle imported</source>
        <translation>استُوردت الحزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="181"/>
        <source>Bundle merged</source>
        <translation>دُمجت الحزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="193"/>
        <source>Custody log</source>
        <translation>سجل العهدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="194"/>
        <source>Original file</source>
        <translation>الملف الأصلي</translation>
    </message>
</context>
<context>
    <name>map</name>
    <message>
        <location filename="../../src/casedesk/ui/map/content.py" line="53"/>
        <source>Precision: {0}</source>
        <extracomment>A place&apos;s tooltip on the map: {0} the precision the investigator gave (&quot;approximate&quot;).</extracomment>
        <translation>الدقة: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/content.py" line="57"/>
        <source>Circle: within {0} km</source>
        <extracomment>{0} a distance in kilometres: the radius of the circle drawn around a place.</extracomment>
        <translation>الدائرة: في حدود {0} كم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/content.py" line="69"/>
        <source>Taken: {0}</source>
        <extracomment>An evidence item&apos;s tooltip on the map: {0} when the device says it was taken (UTC).</extracomment>
        <translation>التُقطت: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/content.py" line="70"/>
        <source>Position from the file&apos;s GPS metadata</source>
        <translation>الموقع مأخوذ من بيانات GPS الوصفية للملف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/content.py" line="109"/>
        <source>{0} — {1}
{2}</source>
        <extracomment>An event&apos;s tooltip on the map: {0} when it happened, {1} its title, {2} its place.</extracomment>
        <translation>{0} — {1}
{2}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/readout.py" line="39"/>
        <location filename="../../src/casedesk/ui/map/readout.py" line="43"/>
        <source>{0} m</source>
        <extracomment>A distance in metres on the map (&quot;850 m&quot;).</extracomment>
        <translation>{0} م</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/readout.py" line="40"/>
        <location filename="../../src/casedesk/ui/map/readout.py" line="45"/>
        <source>{0} km</source>
        <extracomment>A distance in kilometres on the map (&quot;125.26 km&quot;).</extracomment>
        <translation>{0} كم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/readout.py" line="52"/>
        <source>{0} · bearing {1}</source>
        <extracomment>The measure tool&apos;s result: {0} the geodesic distance, {1} the bearing from the first point.</extracomment>
        <translation>{0} · الاتجاه {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/readout.py" line="53"/>
        <source>{0}°</source>
        <translation>{0}°</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/readout.py" line="64"/>
        <source>{0} · time zone {1}</source>
        <extracomment>A picked point and its time zone: {0} the coordinates, {1} the zone&apos;s name (&quot;Africa/Algiers&quot;).</extracomment>
        <translation>{0} · المنطقة الزمنية {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/readout.py" line="67"/>
        <source>{0} · time zone {1} ({2} today)</source>
        <extracomment>A picked point and its time zone: {0} the coordinates, {1} the zone&apos;s name, {2} its UTC offset today.</extracomment>
        <translation>{0} · المنطقة الزمنية {1} ({2} اليوم)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/readout.py" line="77"/>
        <source>From {0} to {1}: {2} m, bearing {3}° (geodesic, WGS 84)</source>
        <extracomment>Copied from the measure tool: {0} and {1} the two points, {2} the distance in metres, {3} the forward bearing in degrees.</extracomment>
        <translation>من {0} إلى {1}: {2} م، الاتجاه {3}° (خط جيوديسي، WGS 84)</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="54"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="55"/>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="75"/>
        <source>&amp;New case…</source>
        <translation>قضية &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="82"/>
        <source>&amp;Add evidence…</source>
        <translation>إ&amp;ضافة أدلة…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="89"/>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="96"/>
        <source>Export &amp;report (PDF)…</source>
        <translation>تصدير ال&amp;تقرير (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="101"/>
        <source>Export &amp;bundle…</source>
        <translation>تصدير ال&amp;حزمة…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="104"/>
        <source>&amp;Import bundle…</source>
        <translation>ا&amp;ستيراد حزمة…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="108"/>
        <source>&amp;Verify case</source>
        <translation>ال&amp;تحقق من القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="114"/>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="116"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="117"/>
        <source>Open &amp;demo case</source>
        <translation>فتح القضية ال&amp;تجريبية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="118"/>
        <source>&amp;About CaseDesk</source>
        <translation>&amp;حول CaseDesk</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="126"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="138"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="146"/>
        <source>&amp;Case</source>
        <translation>&amp;قضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="148"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="152"/>
        <source>Main</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="22"/>
        <source>CaseDesk was not allowed to read or write a file: {0}</source>
        <translation>لم يحصل CaseDesk على إذن بقراءة ملف أو الكتابة فيه: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="26"/>
        <source>A file could not be found: {0}</source>
        <translation>تعذّر العثور على ملف: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="30"/>
        <source>The operating system reported a problem: {0}</source>
        <translation>أبلغ نظام التشغيل عن مشكلة: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="33"/>
        <source>Something went wrong inside CaseDesk and this step did not finish.</source>
        <translation>حدث خطأ داخلي في CaseDesk فلم تكتمل هذه الخطوة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="54"/>
        <source>Cancelled</source>
        <translation>أُلغيت العملية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="58"/>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="63"/>
        <source>If this keeps happening, copy the details into a bug report.</source>
        <translation>إذا تكرّر ذلك، فانسخ التفاصيل إلى بلاغ عن خلل.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../src/casedesk/ui/records.py" line="53"/>
        <source>Removed: {0}</source>
        <translation>مُزال: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/records.py" line="54"/>
        <source>Removed (no reason given)</source>
        <translation>مُزال (دون ذكر سبب)</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <location filename="../../src/casedesk/ui/signing.py" line="29"/>
        <source>Unlock your signing key</source>
        <translation>فتح مفتاح توقيعك</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/signing.py" line="30"/>
        <source>Passphrase of your signing key:</source>
        <translation>عبارة مرور مفتاح توقيعك:</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/signing.py" line="62"/>
        <source>This bundle is signed by a key you do not trust yet; it says it belongs to {0}.

{1}

Compare this fingerprint with its owner by another channel (in person, by phone). If it matches, give the key a name to trust it.</source>
        <extracomment>{0} the name the bundle gives its signer, {1} the key&apos;s fingerprint in groups of four.</extracomment>
        <translation>هذه الحزمة موقَّعة بمفتاح لا تثق به بعد، ويقول إنه يعود إلى {0}.

{1}

قارن هذه البصمة مع صاحبها عبر قناة أخرى (شخصيًا أو بالهاتف). فإن تطابقت، أعطِ المفتاح اسمًا لتثق به.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/signing.py" line="70"/>
        <source>Trust this signer?</source>
        <translation>هل تثق بهذا الموقِّع؟</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="32"/>
        <source>Not added: {0}</source>
        <translation>لم يُضَف: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="37"/>
        <source>decode problems</source>
        <translation>مشكلات في فك الترميز</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="41"/>
        <source>Added with problems: {0} — {1}</source>
        <extracomment>A file kept despite problems: {0} the file, {1} what was wrong with it.</extracomment>
        <translation>أُضيف مع مشكلات: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="49"/>
        <source>already in this case</source>
        <translation>موجود أصلًا في هذه القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="53"/>
        <source>Skipped: {0} — {1}</source>
        <extracomment>A file not added again: {0} the file, {1} why.</extracomment>
        <translation>تم تخطّيه: {0} — {1}</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../src/casedesk/ui/tasks.py" line="101"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/tasks.py" line="118"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="56"/>
        <source>Not a date: “{0}”. Type a year (2021), a month (2024-12), a day (2025-03-14) or a day and time with its time zone (2025-03-16 15:05 Europe/Paris).</source>
        <translation>ليس تاريخًا صالحًا: «{0}». اكتب سنةً (2021)، أو شهرًا (2024-12)، أو يومًا (2025-03-14)، أو يومًا ووقتًا مع منطقته الزمنية (2025-03-16 15:05 Europe/Paris).</translation>
    </message>
</context>
<context>
    <name>workflows</name>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="216"/>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="245"/>
        <source>Exporting the report</source>
        <translation>جارٍ تصدير التقرير</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="263"/>
        <source>Save bundle</source>
        <translation>حفظ الحزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="40"/>
        <source>CaseDesk bundle ({0})</source>
        <translation>حزمة CaseDesk ({0})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="41"/>
        <source>All files ({0})</source>
        <translation>كل الملفات ({0})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="46"/>
        <source>PDF documents ({0})</source>
        <translation>مستندات PDF ({0})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="290"/>
        <source>Exporting the bundle</source>
        <translation>جارٍ تصدير الحزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="303"/>
        <source>Import bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="336"/>
        <source>Importing the bundle</source>
        <translation>جارٍ استيراد الحزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="346"/>
        <source>Generating the demo evidence…</source>
        <translation>جارٍ إنشاء أدلة القضية التجريبية…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="354"/>
        <source>Creating the demo case</source>
        <translation>جارٍ إنشاء القضية التجريبية</translation>
    </message>
</context>
</TS>

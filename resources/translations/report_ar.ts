<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>report</name>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="191"/>
        <source>Chronolocation drawing (custody entry {0})</source>
        <translation>رسم تحديد التوقيت (القيد {0} من سجل العهدة)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="200"/>
        <location filename="../../src/casedesk/report/catalogue.py" line="183"/>
        <source>No preview</source>
        <translation>لا معاينة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="207"/>
        <source>Drawn over the preview made at ingest, never on the original: yellow, the vertical object from its base to its top; red, its shadow from the base to the tip; blue dashes, the reference direction, from its first point to its second.</source>
        <translation>رُسم فوق المعاينة التي أُنشئت عند الإضافة، لا على الملف الأصلي أبدًا: بالأصفر الجسم العمودي من قاعدته إلى قمته؛ وبالأحمر ظله من القاعدة إلى الطرف؛ وبالخط الأزرق المتقطع الاتجاه المرجعي من نقطته الأولى إلى الثانية.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="216"/>
        <source>{0}°</source>
        <comment>an angle in degrees</comment>
        <translation>{0}°</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="220"/>
        <source>Shadow bearing</source>
        <translation>سمت الظل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="224"/>
        <source>Reference bearing</source>
        <translation>سمت المرجع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="229"/>
        <source>Length ratio (as drawn)</source>
        <translation>نسبة الطول (كما رُسمت)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="231"/>
        <source>Place searched</source>
        <translation>مكان البحث</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="235"/>
        <source>{0} to {1} UTC</source>
        <comment>a time window</comment>
        <translation>{0} إلى {1} UTC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="239"/>
        <source>Matching times</source>
        <translation>الأوقات المطابقة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="240"/>
        <source>None within the tolerance</source>
        <translation>لا توجد أوقات ضمن هامش التسامح</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/catalogue.py" line="54"/>
        <source>%n items, in the order they were added. Pictures are the thumbnails made at ingest (orientation applied); the originals are unchanged and listed in the appendix.</source>
        <translation>
            <numerusform>لا عناصر. الصور المعروضة هي الصور المصغّرة التي أُنشئت عند الإضافة (بعد تصحيح اتجاهها)؛ أما الملفات الأصلية فلم تُغيَّر، وهي مدرجة في الملحق.</numerusform>
            <numerusform>عنصر واحد. الصورة المعروضة هي الصورة المصغّرة التي أُنشئت عند الإضافة (بعد تصحيح اتجاهها)؛ أما الملف الأصلي فلم يُغيَّر، وهو مدرج في الملحق.</numerusform>
            <numerusform>عنصران، بترتيب إضافتهما. الصور المعروضة هي الصور المصغّرة التي أُنشئت عند الإضافة (بعد تصحيح اتجاهها)؛ أما الملفات الأصلية فلم تُغيَّر، وهي مدرجة في الملحق.</numerusform>
            <numerusform>%n عناصر، بترتيب إضافتها. الصور المعروضة هي الصور المصغّرة التي أُنشئت عند الإضافة (بعد تصحيح اتجاهها)؛ أما الملفات الأصلية فلم تُغيَّر، وهي مدرجة في الملحق.</numerusform>
            <numerusform>%n عنصرًا، بترتيب إضافتها. الصور المعروضة هي الصور المصغّرة التي أُنشئت عند الإضافة (بعد تصحيح اتجاهها)؛ أما الملفات الأصلية فلم تُغيَّر، وهي مدرجة في الملحق.</numerusform>
            <numerusform>%n عنصر، بترتيب إضافتها. الصور المعروضة هي الصور المصغّرة التي أُنشئت عند الإضافة (بعد تصحيح اتجاهها)؛ أما الملفات الأصلية فلم تُغيَّر، وهي مدرجة في الملحق.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="63"/>
        <source>No evidence recorded.</source>
        <translation>لم يُسجَّل أي دليل.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="117"/>
        <source>{0} · {1}</source>
        <comment>an evidence item&apos;s label and name</comment>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="127"/>
        <source>Decode warnings</source>
        <translation>تحذيرات فك الترميز</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="128"/>
        <source>• {0}</source>
        <comment>an item of a list</comment>
        <translation>• {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="134"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="140"/>
        <source>Waveform</source>
        <translation>الشكل الموجي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="142"/>
        <source>Transcript</source>
        <translation>التفريغ النصي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="156"/>
        <location filename="../../src/casedesk/report/catalogue.py" line="194"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="157"/>
        <location filename="../../src/casedesk/report/catalogue.py" line="196"/>
        <location filename="../../src/casedesk/report/record_sections.py" line="158"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="158"/>
        <location filename="../../src/casedesk/report/catalogue.py" line="197"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="159"/>
        <location filename="../../src/casedesk/report/catalogue.py" line="198"/>
        <source>Media type</source>
        <translation>نوع الوسائط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="161"/>
        <source>Withheld</source>
        <translation>محجوب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="163"/>
        <source>Flagged as {0}: its picture, description, transcript and metadata are left out of this report. The original is listed in the integrity manifest and can be verified by its SHA-256.</source>
        <translation>مُعلَّم بأنه {0}: لم تُدرج صورته ووصفه وتفريغه النصي وبياناته الوصفية في هذا التقرير. والملف الأصلي مُدرج في بيان السلامة، ويمكن التحقق منه بقيمة التجزئة SHA-256 الخاصة به.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="187"/>
        <source>Blurred: flagged as {0}</source>
        <translation>مموَّهة: مُعلَّمة بأنها {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="195"/>
        <location filename="../../src/casedesk/report/record_sections.py" line="158"/>
        <location filename="../../src/casedesk/report/sections.py" line="398"/>
        <source>Original name</source>
        <translation>الاسم الأصلي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="202"/>
        <source>{0} × {1} px</source>
        <translation>{0} × {1} بكسل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="206"/>
        <source>Dimensions</source>
        <translation>الأبعاد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="206"/>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="207"/>
        <location filename="../../src/casedesk/report/catalogue.py" line="238"/>
        <location filename="../../src/casedesk/report/catalogue.py" line="245"/>
        <location filename="../../src/casedesk/report/catalogue.py" line="271"/>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="126"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="102"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="145"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="199"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="245"/>
        <location filename="../../src/casedesk/report/sections.py" line="88"/>
        <location filename="../../src/casedesk/report/sections.py" line="89"/>
        <location filename="../../src/casedesk/report/sections.py" line="108"/>
        <location filename="../../src/casedesk/report/sections.py" line="184"/>
        <location filename="../../src/casedesk/report/stamps.py" line="78"/>
        <location filename="../../src/casedesk/report/words.py" line="205"/>
        <location filename="../../src/casedesk/report/words.py" line="228"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="208"/>
        <source>Captured</source>
        <translation>وقت الالتقاط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="210"/>
        <source>{0}, {1}</source>
        <comment>latitude, longitude</comment>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="214"/>
        <source>{0}, altitude {1} m</source>
        <translation>{0}، على ارتفاع {1} م</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="215"/>
        <source>GPS</source>
        <translation>إحداثيات GPS</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="217"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="221"/>
        <source>{0} {1}</source>
        <comment>an evidence item&apos;s label and name, in a sentence</comment>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="225"/>
        <source>an item not in this case</source>
        <translation>عنصر ليس في هذه القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="226"/>
        <source>Provenance</source>
        <translation>المنشأ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="230"/>
        <location filename="../../src/casedesk/report/sections.py" line="224"/>
        <location filename="../../src/casedesk/report/sections.py" line="232"/>
        <source>{0} ({1})</source>
        <comment>a name and its grade or stance</comment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="233"/>
        <location filename="../../src/casedesk/report/sections.py" line="299"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="235"/>
        <source>Acquired</source>
        <translation>تاريخ الحصول</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="236"/>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="238"/>
        <location filename="../../src/casedesk/report/sections.py" line="88"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="241"/>
        <source>graphic</source>
        <comment>evidence flag</comment>
        <translation>محتوى صادم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="243"/>
        <source>personal data</source>
        <comment>evidence flag</comment>
        <translation>بيانات شخصية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="245"/>
        <source>Flagged</source>
        <translation>العلامات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="247"/>
        <source>Decoding</source>
        <translation>فك الترميز</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="256"/>
        <source>Checks: {0}</source>
        <translation>بنود التحقق: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="271"/>
        <source>Pending: {0}</source>
        <translation>قيد الانتظار: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="285"/>
        <source>Still taken from {0} at {1}.</source>
        <translation>لقطة مستخرجة من {0} عند {1}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="286"/>
        <location filename="../../src/casedesk/report/catalogue.py" line="302"/>
        <source>Parent SHA-256: {0}</source>
        <translation>قيمة التجزئة SHA-256 للعنصر الأصل: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="288"/>
        <source>Taken from the web archive {0}.</source>
        <translation>مستخرَج من أرشيف الويب {0}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="289"/>
        <source>Web archive SHA-256: {0}</source>
        <translation>قيمة التجزئة SHA-256 لأرشيف الويب: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="291"/>
        <source>Address captured</source>
        <translation>العنوان الملتقَط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="293"/>
        <source>Fetched (WARC-Date)</source>
        <translation>وقت الجلب (WARC-Date)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="294"/>
        <source>WARC record</source>
        <translation>سجل WARC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="297"/>
        <source>Taken from the ProofMode bundle {0}.</source>
        <translation>مستخرَج من حزمة ProofMode {0}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="298"/>
        <source>Bundle SHA-256: {0}</source>
        <translation>قيمة التجزئة SHA-256 للحزمة: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="299"/>
        <source>Entry in the bundle</source>
        <translation>المدخل في الحزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="301"/>
        <source>Taken from {0}.</source>
        <translation>مستخرَج من {0}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/context.py" line="99"/>
        <source>(not in this case)</source>
        <translation>(ليس في هذه القضية)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/context.py" line="105"/>
        <source>(name withheld)</source>
        <translation>(الاسم محجوب)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/context.py" line="139"/>
        <source>graphic content and personal data</source>
        <translation>محتوى صادم وبيانات شخصية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/context.py" line="141"/>
        <source>graphic content</source>
        <translation>محتوى صادم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/context.py" line="143"/>
        <source>personal data</source>
        <translation>بيانات شخصية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/context.py" line="144"/>
        <source>sensitive content</source>
        <translation>محتوى حساس</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="64"/>
        <source>Made again after the entry this report covers: what entry {0} recorded is no longer stored. Its SHA-256 was {1}.</source>
        <translation>أُعيد إنشاؤه بعد القيد الذي يغطيه هذا التقرير: ما سجّله القيد {0} لم يعد محفوظًا. وكانت بصمته SHA-256 هي {1}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="68"/>
        <source>Replaced</source>
        <translation>استُبدل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="97"/>
        <source>The first {0} of {1} characters are shown; the whole text is kept in the case, with the SHA-256 below.</source>
        <translation>تُعرض أول {0} من أصل {1} حرفًا؛ والنص كاملًا محفوظ في القضية، مع بصمة SHA-256 أدناه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="112"/>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="181"/>
        <source>Text SHA-256</source>
        <translation>بصمة SHA-256 للنص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="121"/>
        <source>Text found in the picture (OCR), recorded in custody entry {0}</source>
        <translation>النص المستخرج من الصورة (التعرّف الضوئي على الحروف)، المسجَّل في القيد {0} من سجل العهدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="125"/>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="168"/>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="252"/>
        <source>Engine</source>
        <translation>المحرّك</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="126"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="132"/>
        <source>Mean word confidence</source>
        <translation>متوسط الثقة في الكلمات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="133"/>
        <source>{0} %</source>
        <translation>{0}٪</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="137"/>
        <source>Not read</source>
        <translation>لم يُقرأ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="141"/>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="143"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="141"/>
        <source>No text was found.</source>
        <translation>لم يُعثر على أي نص.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="154"/>
        <source>Transcript made by speech recognition (machine text), recorded in custody entry {0}</source>
        <translation>تفريغ نصي بالتعرّف الآلي على الكلام (نص الآلة)، مسجَّل في القيد {0} من سجل العهدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="162"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="165"/>
        <source>SHA-256 {0}</source>
        <translation>SHA-256 {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="173"/>
        <source>{0} (detected, probability {1})</source>
        <translation>{0} (مكتشَفة، باحتمال {1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="175"/>
        <source>{0} (chosen)</source>
        <comment>a language given, not detected</comment>
        <translation>{0} (محدَّدة مسبقًا)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="176"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="196"/>
        <source>No speech was heard.</source>
        <translation>لم يُسمع أي كلام.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="200"/>
        <source>{0}–{1}</source>
        <comment>a time span in the audio</comment>
        <translation>{0}–{1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="204"/>
        <location filename="../../src/casedesk/report/record_sections.py" line="33"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="204"/>
        <source>What the machine heard</source>
        <translation>ما سمعته الآلة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/derived_blocks.py" line="210"/>
        <source>%n more segments, kept in the case</source>
        <translation>
            <numerusform>لا مقاطع أخرى</numerusform>
            <numerusform>مقطع واحد آخر محفوظ في القضية</numerusform>
            <numerusform>مقطعان آخران محفوظان في القضية</numerusform>
            <numerusform>%n مقاطع أخرى محفوظة في القضية</numerusform>
            <numerusform>%n مقطعًا آخر محفوظًا في القضية</numerusform>
            <numerusform>%n مقطع آخر محفوظ في القضية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="218"/>
        <source>The investigator&apos;s correction, recorded in custody entry {0}</source>
        <translation>تصحيح المحقق، المسجَّل في القيد {0} من سجل العهدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="220"/>
        <source>Typed by the investigator and kept apart from the machine&apos;s text above, which it does not change.</source>
        <translation>كتبه المحقق، وهو محفوظ بمعزل عن نص الآلة أعلاه ولا يغيّره.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="225"/>
        <source>Made for an earlier transcript: the item was transcribed again in custody entry {0}.</source>
        <translation>أُجري على تفريغ نصي سابق: أُعيد تفريغ الدليل في القيد {0} من سجل العهدة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="226"/>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="264"/>
        <location filename="../../src/casedesk/report/sections.py" line="376"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="230"/>
        <source>Corrected text</source>
        <translation>النص المصحَّح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="239"/>
        <source>Image forensics, recorded in custody entry {0}</source>
        <translation>التحليل الجنائي للصورة، المسجَّل في القيد {0} من سجل العهدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="240"/>
        <source>Each finding names its method and the published work it follows, and gives its numbers. No finding is a verdict: each is read by a person beside the picture, and an unusual number is a reason to look closer, not proof of editing.</source>
        <translation>تذكر كل نتيجة منهجها والعمل المنشور الذي تستند إليه، وتعطي أرقامها. لا تُعدّ أي نتيجة حكمًا: يقرؤها شخص والصورة أمامه، والرقم غير المألوف داعٍ إلى التدقيق لا دليل على التعديل.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="254"/>
        <source>{0} ({1})</source>
        <comment>an engine and the libraries it used</comment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="265"/>
        <source>The JPEG data ends early: the part present was examined.</source>
        <translation>تنتهي بيانات JPEG قبل أوانها: فُحص الجزء الموجود منها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="269"/>
        <source>Not examined</source>
        <translation>لم تُفحص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="281"/>
        <source>The file carries no thumbnail.</source>
        <translation>لا يتضمن الملف صورة مصغّرة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="284"/>
        <source>Findings SHA-256</source>
        <translation>بصمة SHA-256 للنتائج</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="13"/>
        <source>Error level analysis</source>
        <comment>image forensics method</comment>
        <translation>تحليل مستوى الخطأ (ELA)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="14"/>
        <source>JPEG quantisation tables</source>
        <comment>image forensics method</comment>
        <translation>جداول التكميم في JPEG</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="15"/>
        <source>Double JPEG compression</source>
        <comment>image forensics method</comment>
        <translation>الضغط المزدوج لـ JPEG</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="16"/>
        <source>Embedded thumbnail</source>
        <comment>image forensics method</comment>
        <translation>الصورة المصغّرة المضمَّنة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="17"/>
        <source>Noise residual</source>
        <comment>image forensics method</comment>
        <translation>بقايا الضوضاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="18"/>
        <source>XMP edit history</source>
        <comment>image forensics method</comment>
        <translation>سجل التعديلات في XMP</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="25"/>
        <location filename="../../src/casedesk/report/derived_words.py" line="34"/>
        <source>Arabic</source>
        <comment>language</comment>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="26"/>
        <location filename="../../src/casedesk/report/derived_words.py" line="35"/>
        <source>French</source>
        <comment>language</comment>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="27"/>
        <location filename="../../src/casedesk/report/derived_words.py" line="36"/>
        <source>English</source>
        <comment>language</comment>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="37"/>
        <source>Spanish</source>
        <comment>language</comment>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="44"/>
        <source>matches</source>
        <comment>thumbnail against picture</comment>
        <translation>متطابق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="46"/>
        <source>differs</source>
        <comment>thumbnail against picture</comment>
        <translation>مختلف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="52"/>
        <source>luminance</source>
        <comment>JPEG quantisation table</comment>
        <translation>الإضاءة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="53"/>
        <source>chrominance</source>
        <comment>JPEG quantisation table</comment>
        <translation>التلوين</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="59"/>
        <source>EXIF preview</source>
        <comment>where a thumbnail is stored</comment>
        <translation>معاينة EXIF</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="60"/>
        <source>HEIF thumbnail</source>
        <comment>where a thumbnail is stored</comment>
        <translation>صورة HEIF المصغّرة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="37"/>
        <source>{0}: {1}</source>
        <comment>a custody entry&apos;s detail</comment>
        <extracomment>One detail of a custody entry: {0} its field&apos;s name, {1} its value as recorded.</extracomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="51"/>
        <source>{0}: from {1} to {2}</source>
        <extracomment>One field&apos;s change in a custody entry: {0} the field, {1} its old value, {2} its new one.</extracomment>
        <translation>{0}: من {1} إلى {2}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="59"/>
        <source>yes</source>
        <comment>a custody entry&apos;s detail</comment>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="59"/>
        <source>no</source>
        <comment>a custody entry&apos;s detail</comment>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="74"/>
        <source>acquired_at</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>تاريخ الحصول</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="75"/>
        <source>added</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>المضافة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="76"/>
        <source>anchor</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>مرساة الثقة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="77"/>
        <source>anchor_der</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>مرساة الثقة (DER)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="78"/>
        <source>anchor_sha256</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>قيمة SHA-256 لمرساة الثقة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="79"/>
        <source>as_of</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="80"/>
        <source>blur_sensitive</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>تمويه الصور الحساسة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="81"/>
        <source>body_sha256</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>قيمة SHA-256 للمحتوى</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="82"/>
        <source>bundle_sha256</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>قيمة SHA-256 للحزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="83"/>
        <source>c2pa</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>بيانات اعتماد المحتوى (C2PA)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="84"/>
        <source>changes</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>التعديلات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="85"/>
        <source>characters</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>عدد الأحرف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="86"/>
        <source>claims</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="87"/>
        <source>classification</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="88"/>
        <source>common_entries</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>القيود المشتركة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="89"/>
        <source>compute_type</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>نوع الحساب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="90"/>
        <source>conflicts</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="91"/>
        <source>content_type</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>نوع المحتوى</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="92"/>
        <source>corrects</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>يصحّح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="93"/>
        <source>covers</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>يغطي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="94"/>
        <source>credibility</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>المصداقية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="95"/>
        <source>ctranslate2_version</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>إصدار CTranslate2</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="96"/>
        <source>custody</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>سجل العهدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="97"/>
        <source>decode_status</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>حالة فك الترميز</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="98"/>
        <source>description</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="99"/>
        <source>duration_s</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>المدة (ث)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="100"/>
        <source>encrypted</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>مشفّر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="101"/>
        <source>engine</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>المحرّك</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="102"/>
        <source>engine_version</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>إصدار المحرّك</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="103"/>
        <source>entry</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>المدخل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="104"/>
        <source>error</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الخطأ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="105"/>
        <source>evidence</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="106"/>
        <source>evidence_id</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="107"/>
        <source>exported_at</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>تاريخ التصدير</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="108"/>
        <source>exported_by</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>صدّره</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="109"/>
        <source>exported_with</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>صُدّر باستخدام</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="110"/>
        <source>file</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="111"/>
        <source>findings_sha256</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>قيمة SHA-256 للنتائج</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="112"/>
        <source>first_seen</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>أول ظهور</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="113"/>
        <source>gen_time</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الوقت المُصادَق عليه (genTime)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="114"/>
        <source>graphic</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>محتوى صادم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="115"/>
        <source>handle</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="116"/>
        <source>hash</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>قيمة التجزئة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="117"/>
        <source>hash_algorithm</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>خوارزمية التجزئة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="118"/>
        <source>hashes_checked</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>قيم التجزئة المتحقَّق منها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="119"/>
        <source>history_versions</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>نسخ السجل التاريخي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="120"/>
        <source>imprint</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>البصمة المختومة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="121"/>
        <source>incident_time</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>وقت الحادثة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="122"/>
        <source>kept</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>المحتفَظ به</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="123"/>
        <source>key</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="124"/>
        <source>language</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="125"/>
        <source>language_detected</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>اللغة المكتشفة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="126"/>
        <source>language_probability</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>احتمال اللغة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="127"/>
        <source>languages</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="128"/>
        <source>lat</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="129"/>
        <source>libraries</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>المكتبات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="130"/>
        <source>lon</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="131"/>
        <source>manifest_digest</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>قيمة تجزئة البيان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="132"/>
        <source>manifest_sha256</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>قيمة SHA-256 للبيان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="133"/>
        <source>mean_confidence</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>متوسط الثقة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="134"/>
        <source>media_type</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>نوع الوسائط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="135"/>
        <source>merged</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>المدمَج</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="136"/>
        <source>methods</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الطرق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="137"/>
        <source>model</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="138"/>
        <source>models</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>النماذج</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="139"/>
        <source>name</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="140"/>
        <source>new_carried</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>القيود المنقولة الجديدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="141"/>
        <source>new_entries</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>القيود الجديدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="142"/>
        <source>nonce</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>القيمة العشوائية (nonce)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="143"/>
        <source>note</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="144"/>
        <source>notes</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="145"/>
        <source>ocr_languages</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>لغات التعرّف على النص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="146"/>
        <source>offset_s</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الإزاحة (ث)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="147"/>
        <source>omit_graphic</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>حذف المحتوى الصادم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="148"/>
        <source>omit_personal</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>حذف البيانات الشخصية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="149"/>
        <source>options</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الخيارات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="150"/>
        <source>original_name</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الاسم الأصلي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="151"/>
        <source>original_path</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الموقع الأصلي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="152"/>
        <source>original_removed</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>حُذف الأصل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="153"/>
        <source>pages</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="154"/>
        <source>pages_read</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الصفحات المقروءة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="155"/>
        <source>parent_id</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>العنصر الأصل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="156"/>
        <source>parent_sha256</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>قيمة SHA-256 للعنصر الأصل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="157"/>
        <source>partial</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>جزئي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="158"/>
        <source>personal_data</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>بيانات شخصية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="159"/>
        <source>place_id</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="160"/>
        <source>platform</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="161"/>
        <source>policy</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>السياسة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="162"/>
        <source>precision</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="163"/>
        <source>proofmode</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>ProofMode</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="164"/>
        <source>provenance</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>المنشأ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="165"/>
        <source>reader</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>قرأه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="166"/>
        <source>reason</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="167"/>
        <source>reliability</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الموثوقية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="168"/>
        <source>remote_entries</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>القيود البعيدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="169"/>
        <source>remote_head</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>آخر قيد بعيد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="170"/>
        <source>replaces</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>يحلّ محلّ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="171"/>
        <source>request</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="172"/>
        <source>request_seq</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>قيد الطلب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="173"/>
        <source>response</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="174"/>
        <source>restored</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>المستعاد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="175"/>
        <source>role</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="176"/>
        <source>scheme</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>المخطط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="177"/>
        <source>screenshot</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>لقطة الشاشة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="178"/>
        <source>sections</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="179"/>
        <source>segments</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="180"/>
        <source>seq</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="181"/>
        <source>serial</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="182"/>
        <source>sha256</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="183"/>
        <source>shared_claims</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الادعاءات المشتركة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="184"/>
        <source>signature</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="185"/>
        <source>signature_state</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>حالة التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="186"/>
        <source>signatures</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>التوقيعات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="187"/>
        <source>signed</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>موقَّع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="188"/>
        <source>signer</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الموقِّع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="189"/>
        <source>signer_fingerprint</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>بصمة الموقِّع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="190"/>
        <source>signer_public_key</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>المفتاح العام للموقِّع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="191"/>
        <source>size</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الحجم (بايت)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="192"/>
        <source>sniffed_type</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>النوع المتعرَّف عليه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="193"/>
        <source>source_id</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="194"/>
        <source>stance</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الموقف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="195"/>
        <source>state</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="196"/>
        <source>status</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="197"/>
        <source>summary</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="198"/>
        <source>tags</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="199"/>
        <source>template</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>قالب القائمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="200"/>
        <source>text</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="201"/>
        <source>text_sha256</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>قيمة SHA-256 للنص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="202"/>
        <source>title</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="203"/>
        <source>transcript</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>النص المفرَّغ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="204"/>
        <source>truncated</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>مقتطَع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="205"/>
        <source>trust</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الثقة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="206"/>
        <source>tsa</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>جهة الختم الزمني</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="207"/>
        <source>verified</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="208"/>
        <source>wacz</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>أرشيف الويب (WACZ)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="209"/>
        <source>wacz_sha256</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>قيمة SHA-256 لأرشيف الويب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="210"/>
        <source>wacz_verified</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>تم التحقق من أرشيف الويب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="211"/>
        <source>warc_date</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>وقت الجلب (WARC-Date)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="212"/>
        <source>warc_digest</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>قيمة تجزئة WARC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="213"/>
        <source>warc_file</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>ملف WARC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="214"/>
        <source>warc_record_id</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>سجل WARC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="215"/>
        <source>warc_record_type</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>نوع سجل WARC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="216"/>
        <source>warc_target_uri</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>العنوان الملتقَط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="217"/>
        <source>when</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="218"/>
        <source>withdrawn</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>مسحوب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="219"/>
        <source>words</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="220"/>
        <source>write</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>الكتابة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/export.py" line="76"/>
        <source>Reading the case</source>
        <translation>قراءة القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/export.py" line="99"/>
        <source>Case report, case {0}, as of custody entry {1}</source>
        <translation>تقرير القضية {0} بتاريخ القيد {1} من سجل العهدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/export.py" line="120"/>
        <source>Report written</source>
        <translation>كُتب التقرير</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/export.py" line="152"/>
        <source>Case report ({0}), case {1}, as of custody entry {2}</source>
        <translation>تقرير القضية {1} ({0})، بتاريخ القيد {2} من سجل العهدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/export.py" line="182"/>
        <source>Case as of entry {0}, {1} · CaseDesk {2} · case {3}</source>
        <translation>القضية بتاريخ القيد {0}، {1} · CaseDesk {2} · القضية {3}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/export.py" line="186"/>
        <source>CaseDesk case report</source>
        <translation>تقرير قضية من CaseDesk</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/export.py" line="187"/>
        <source>Page {0} of </source>
        <translation>الصفحة {0} من </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="39"/>
        <source>Image forensics ({0} {1}, examined {2}); measurements, none a verdict:</source>
        <translation>التحليل الجنائي للصورة ({0} {1}، فُحصت في {2})؛ قياسات، وليس أيٌّ منها حكمًا:</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="53"/>
        <source>Method: {0}. Reference:</source>
        <translation>المنهج: {0}. المرجع:</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="67"/>
        <source>mean {0}, 99th percentile {1}, maximum {2} (levels 0–255); tile means: median {3}, 99th percentile {4}, over {5} tiles</source>
        <translation>المتوسط {0}، المئين التاسع والتسعون {1}، الحد الأقصى {2} (المستويات 0–255)؛ متوسطات المربعات: الوسيط {3}، المئين التاسع والتسعون {4}، على {5} مربعًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="81"/>
        <source>Differences after one re-save at JPEG quality {0}: {1}.</source>
        <translation>الفروق بعد إعادة حفظ واحدة بجودة JPEG قدرها {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="87"/>
        <source>Luminance less its {0}×{0} median: {1}.</source>
        <translation>الإضاءة مطروحًا منها وسيطها {0}×{0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="94"/>
        <source>No luminance table: no quality estimated.</source>
        <translation>لا يوجد جدول للإضاءة: لم تُقدَّر الجودة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="96"/>
        <source>Estimated quality {0} on the IJG scale: the standard IJG tables at that quality.</source>
        <translation>الجودة المقدَّرة {0} على مقياس IJG: جداول IJG القياسية عند هذه الجودة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="100"/>
        <source>Estimated quality {0} on the IJG scale: non-standard tables, the nearest IJG quality given.</source>
        <translation>الجودة المقدَّرة {0} على مقياس IJG: جداول غير قياسية، وذُكرت أقرب جودة على مقياس IJG.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="107"/>
        <source>Table {0} ({1}): nearest quality {2}, mean step error {3}, largest {4}.</source>
        <translation>الجدول {0} ({1}): أقرب جودة {2}، متوسط خطأ الخطوة {3}، وأكبره {4}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="120"/>
        <source>{0} nearly empty bins among {1} tested ({2}) at {3} of {4} DCT coefficients, over {5} of {6} blocks: {7}.</source>
        <translation>{0} فئة شبه فارغة من أصل {1} فئة مختبَرة ({2}) في {3} من {4} معاملات DCT، على {5} من {6} كتلة: {7}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="131"/>
        <source>an indication of double compression</source>
        <translation>مؤشر على ضغط مزدوج</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="133"/>
        <source>no indication of double compression</source>
        <translation>لا مؤشر على ضغط مزدوج</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="138"/>
        <source>Earlier quality about {0} on the IJG scale ({1} estimated steps match).</source>
        <translation>جودة سابقة تقارب {0} على مقياس IJG (تتطابق {1} من الخطوات المقدَّرة).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="146"/>
        <source>{0} of {1} × {2} px: frame aspect {3} against the picture&apos;s {4} ({5}), mean difference {6}.</source>
        <translation>{0} بأبعاد {1} × {2} بكسل: نسبة الإطار {3} مقابل {4} للصورة ({5})، ومتوسط الفرق {6}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="157"/>
        <source>Content: perceptual hash distance {0} of 64, mean grey difference {1} (levels 0–255): {2}.</source>
        <translation>المحتوى: مسافة التجزئة الإدراكية {0} من 64، ومتوسط فرق الرمادي {1} (المستويات 0–255): {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/finding_words.py" line="171"/>
        <source>%n steps recorded in the file&apos;s XMP</source>
        <translation>
            <numerusform>لا خطوات مسجَّلة في بيانات XMP للملف</numerusform>
            <numerusform>خطوة واحدة مسجَّلة في بيانات XMP للملف</numerusform>
            <numerusform>خطوتان مسجَّلتان في بيانات XMP للملف</numerusform>
            <numerusform>%n خطوات مسجَّلة في بيانات XMP للملف</numerusform>
            <numerusform>%n خطوة مسجَّلة في بيانات XMP للملف</numerusform>
            <numerusform>%n خطوة مسجَّلة في بيانات XMP للملف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="174"/>
        <source>Software named: {0}</source>
        <translation>البرامج المذكورة: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/finding_words.py" line="179"/>
        <source>%n more steps, kept in the case</source>
        <translation>
            <numerusform>لا خطوات أخرى</numerusform>
            <numerusform>خطوة واحدة أخرى محفوظة في القضية</numerusform>
            <numerusform>خطوتان أخريان محفوظتان في القضية</numerusform>
            <numerusform>%n خطوات أخرى محفوظة في القضية</numerusform>
            <numerusform>%n خطوة أخرى محفوظة في القضية</numerusform>
            <numerusform>%n خطوة أخرى محفوظة في القضية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="109"/>
        <source>January</source>
        <comment>month</comment>
        <translation>يناير</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="110"/>
        <source>February</source>
        <comment>month</comment>
        <translation>فبراير</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="111"/>
        <source>March</source>
        <comment>month</comment>
        <translation>مارس</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="112"/>
        <source>April</source>
        <comment>month</comment>
        <translation>أبريل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="113"/>
        <source>May</source>
        <comment>month</comment>
        <translation>مايو</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="114"/>
        <source>June</source>
        <comment>month</comment>
        <translation>يونيو</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="115"/>
        <source>July</source>
        <comment>month</comment>
        <translation>يوليو</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="116"/>
        <source>August</source>
        <comment>month</comment>
        <translation>أغسطس</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="117"/>
        <source>September</source>
        <comment>month</comment>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="118"/>
        <source>October</source>
        <comment>month</comment>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="119"/>
        <source>November</source>
        <comment>month</comment>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="120"/>
        <source>December</source>
        <comment>month</comment>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="125"/>
        <source>{0} {1} {2}</source>
        <comment>date: day of the month, month name, year</comment>
        <translation>{0} {1} {2}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="130"/>
        <source>{0} {1}</source>
        <comment>date: month name, year</comment>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="142"/>
        <source>{0}, {1} UTC</source>
        <comment>date, time of day in UTC</comment>
        <translation>{0}، {1} UTC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="62"/>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="69"/>
        <location filename="../../src/casedesk/report/layout.py" line="130"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="72"/>
        <source>{0} (precision: {1}; original zone {2})</source>
        <translation>{0} (درجة الدقة: {1}؛ المنطقة الزمنية الأصلية {2})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="74"/>
        <source>{0} (precision: {1})</source>
        <translation>{0} (درجة الدقة: {1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="80"/>
        <source>year</source>
        <comment>precision of a time</comment>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="81"/>
        <source>month</source>
        <comment>precision of a time</comment>
        <translation>الشهر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="82"/>
        <source>day</source>
        <comment>precision of a time</comment>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="83"/>
        <source>minute</source>
        <comment>precision of a time</comment>
        <translation>الدقيقة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="103"/>
        <source>{0}, {1} {2}</source>
        <comment>date, time of day, abbreviation of its time zone</comment>
        <translation>{0}، {1} {2}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="111"/>
        <source>bytes</source>
        <translation>بايت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="112"/>
        <source>KB</source>
        <comment>1,024 bytes</comment>
        <translation>كيلوبايت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="113"/>
        <source>MB</source>
        <comment>1,024 KB</comment>
        <translation>ميغابايت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="114"/>
        <source>GB</source>
        <comment>1,024 MB</comment>
        <translation>غيغابايت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="115"/>
        <source>TB</source>
        <comment>1,024 GB</comment>
        <translation>تيرابايت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="122"/>
        <source>{0} bytes</source>
        <translation>{0} بايت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="123"/>
        <source>{0} bytes ({1} {2})</source>
        <translation>{0} بايت ({1} {2})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="136"/>
        <source>N</source>
        <comment>north</comment>
        <extracomment>Hemisphere letters after a coordinate (21.33000° N): kept Latin where mapping tools expect them.</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="136"/>
        <source>S</source>
        <comment>south</comment>
        <extracomment>Hemisphere letters after a coordinate (21.33000° N): kept Latin where mapping tools expect them.</extracomment>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="141"/>
        <source>E</source>
        <comment>east</comment>
        <extracomment>Hemisphere letters after a coordinate (0.95000° E): French writes O for west (ouest).</extracomment>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="141"/>
        <source>W</source>
        <comment>west</comment>
        <extracomment>Hemisphere letters after a coordinate (0.95000° E): French writes O for west (ouest).</extracomment>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="147"/>
        <source>{0} s</source>
        <comment>seconds</comment>
        <translation>{0} ثانية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="148"/>
        <source>{0} min {1} s ({2} s)</source>
        <translation>{0} دقيقة {1} ثانية ({2} ثانية)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/placemap.py" line="422"/>
        <source>Borders: Natural Earth</source>
        <translation>الحدود: Natural Earth</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/placemap.py" line="424"/>
        <source>N</source>
        <comment>north arrow on a map</comment>
        <translation>ش</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/placemap.py" line="425"/>
        <source>{0} km</source>
        <comment>a distance on a map&apos;s scale bar</comment>
        <translation>{0} كم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/placemap.py" line="426"/>
        <source>{0} m</source>
        <comment>a distance on a map&apos;s scale bar</comment>
        <translation>{0} م</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/placemap.py" line="437"/>
        <source>Numbered markers are the places of the table below, each inside the circle its stated precision describes; squares are evidence items positioned by their files&apos; GPS metadata. Web Mercator, north up; the scale holds at the map&apos;s centre.</source>
        <translation>العلامات المرقّمة هي أماكن الجدول أدناه، كلٌّ منها داخل الدائرة التي تصفها الدقة المذكورة له؛ والمربعات عناصر من الأدلة وُضعت وفق بيانات GPS الوصفية في ملفاتها. إسقاط Web Mercator، والشمال إلى الأعلى؛ ويصحّ مقياس الرسم في وسط الخريطة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/placemap.py" line="443"/>
        <source>Squares are evidence items positioned by their files&apos; GPS metadata; the case records no place. Web Mercator, north up; the scale holds at the map&apos;s centre.</source>
        <translation>المربعات عناصر من الأدلة وُضعت وفق بيانات GPS الوصفية في ملفاتها؛ ولا تسجّل القضية أي مكان. إسقاط Web Mercator، والشمال إلى الأعلى؛ ويصحّ مقياس الرسم في وسط الخريطة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/placemap.py" line="451"/>
        <source>%n item(s) with a GPS position withheld from this report are not shown.</source>
        <translation>
            <numerusform>لا يُعرض أي عنصر ذي موقع GPS محجوب في هذا التقرير (%n).</numerusform>
            <numerusform>لا يُعرض عنصر واحد ذو موقع GPS محجوب في هذا التقرير.</numerusform>
            <numerusform>لا يُعرض عنصران ذوا موقع GPS محجوبان في هذا التقرير.</numerusform>
            <numerusform>لا تُعرض %n عناصر ذات موقع GPS محجوبة في هذا التقرير.</numerusform>
            <numerusform>لا يُعرض %n عنصرًا ذا موقع GPS محجوبًا في هذا التقرير.</numerusform>
            <numerusform>لا يُعرض %n عنصر ذي موقع GPS محجوب في هذا التقرير.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="53"/>
        <source>Provenance, as read in custody entry {0}</source>
        <translation>المنشأ، كما قُرئ في القيد {0} من سجل العهدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="90"/>
        <source>Content Credentials (C2PA)</source>
        <translation>بيانات اعتماد المحتوى (C2PA)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="92"/>
        <source>Signer</source>
        <translation>الموقِّع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="93"/>
        <source>Claim generator</source>
        <translation>الأداة المولِّدة (claim generator)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="94"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="99"/>
        <source>Signed</source>
        <translation>وقت التوقيع</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/provenance_block.py" line="104"/>
        <source>%n more</source>
        <translation>
            <numerusform>لا شيء آخر</numerusform>
            <numerusform>واحد آخر</numerusform>
            <numerusform>اثنان آخران</numerusform>
            <numerusform>%n أخرى</numerusform>
            <numerusform>%n أخرى</numerusform>
            <numerusform>%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="105"/>
        <source>{0} and {1}</source>
        <comment>a list, then how many more</comment>
        <translation>{0} و{1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="106"/>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="107"/>
        <source>Read with {0}.</source>
        <translation>قُرئ باستخدام {0}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="109"/>
        <source>Trust anchors (SHA-256): {0}</source>
        <translation>مراسي الثقة (SHA-256): {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="110"/>
        <source>Validated</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="113"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="116"/>
        <source>OpenPGP signature</source>
        <translation>توقيع OpenPGP</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/provenance_block.py" line="115"/>
        <source>%n more signatures, listed in the custody entry</source>
        <translation>
            <numerusform>لا تواقيع أخرى</numerusform>
            <numerusform>توقيع آخر، مدرج في القيد</numerusform>
            <numerusform>توقيعان آخران، مدرجان في القيد</numerusform>
            <numerusform>%n تواقيع أخرى، مدرجة في القيد</numerusform>
            <numerusform>%n توقيعًا آخر، مدرجة في القيد</numerusform>
            <numerusform>%n توقيع آخر، مدرجة في القيد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="119"/>
        <source>Web archive (WACZ)</source>
        <translation>أرشيف الويب (WACZ)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="122"/>
        <source>Signed capture</source>
        <translation>لقطة موقَّعة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="131"/>
        <source>Only a link to them elsewhere; not fetched (CaseDesk works offline)</source>
        <translation>رابط إليها في مكان آخر فقط؛ لم تُجلب (يعمل CaseDesk دون اتصال)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="136"/>
        <source>Present, but they could not be read</source>
        <translation>موجودة، لكن تعذّرت قراءتها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="139"/>
        <source>no validation state</source>
        <translation>لا توجد حالة تحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="145"/>
        <source>Status codes: {0}</source>
        <translation>رموز الحالة: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="151"/>
        <source>valid</source>
        <comment>an OpenPGP signature</comment>
        <translation>صالح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="151"/>
        <source>not valid</source>
        <translation>غير صالح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="154"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="217"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="249"/>
        <source>{0}: {1}</source>
        <comment>a file and its verdict</comment>
        <extracomment>A detached signature&apos;s file name, then whether it is valid.</extracomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="159"/>
        <source>Key fingerprint {0}</source>
        <translation>بصمة المفتاح {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="161"/>
        <source>Key id {0}</source>
        <translation>معرّف المفتاح {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="165"/>
        <source>Signed {0}</source>
        <translation>وُقِّع في {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="174"/>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="175"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="214"/>
        <source>Verified</source>
        <translation>تم التحقق منه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="175"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="214"/>
        <source>Not verified</source>
        <translation>لم يُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="178"/>
        <source>Pages: {0}; resource hashes checked: {1}</source>
        <translation>الصفحات: {0}؛ قيم تجزئة الموارد التي فُحصت: {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="183"/>
        <source>Resources that differ from datapackage.json: {0}</source>
        <translation>الموارد التي تختلف عن datapackage.json: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="186"/>
        <source>datapackage.json differs from its signed digest</source>
        <translation>يختلف datapackage.json عن خلاصته الموقَّعة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="190"/>
        <source>Signed by {0}: {1}</source>
        <translation>وقَّعه {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="192"/>
        <source>Time stamp {0}</source>
        <translation>الطابع الزمني {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="194"/>
        <source>Not signed</source>
        <translation>غير موقَّع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="199"/>
        <source>Made {0}</source>
        <translation>أُنشئ: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="223"/>
        <source>The media&apos;s SHA-256 is the one the proof states.</source>
        <translation>قيمة SHA-256 لملف الوسائط هي التي يذكرها الإثبات.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="225"/>
        <source>The media&apos;s SHA-256 differs from the one the proof states.</source>
        <translation>تختلف قيمة SHA-256 لملف الوسائط عن تلك التي يذكرها الإثبات.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="227"/>
        <source>The media was not checked against the proof.</source>
        <translation>لم يُتحقَّق من مطابقة ملف الوسائط للإثبات.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="229"/>
        <source>Device time {0}</source>
        <translation>وقت الجهاز {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="231"/>
        <source>Device clock {0}, its time zone unknown</source>
        <translation>ساعة الجهاز {0}، ومنطقتها الزمنية غير معروفة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="241"/>
        <source>{0} (within {1} m)</source>
        <translation>{0} (في حدود {1} م)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="242"/>
        <source>Location {0}</source>
        <translation>الموقع {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="245"/>
        <source>Device: {0}</source>
        <translation>الجهاز: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="254"/>
        <location filename="../../src/casedesk/report/signing.py" line="92"/>
        <source>Key {0}</source>
        <translation>المفتاح {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="287"/>
        <source>The manifest validates and its signing certificate chains to a trusted anchor.</source>
        <translation>البيان صحيح وتتسلسل شهادة توقيعه إلى مرساة ثقة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="288"/>
        <source>The manifest validates, but its signing certificate is not on the trust list: who signed is not vouched for.</source>
        <translation>البيان صحيح، لكن شهادة توقيعه ليست في قائمة الثقة: لا شيء يضمن هوية الموقِّع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="292"/>
        <source>The manifest does not validate: the file or its Content Credentials changed after signing, or they are malformed.</source>
        <translation>البيان غير صحيح: تغيّر الملف أو بيانات اعتماد المحتوى الخاصة به بعد التوقيع، أو أنها مشوّهة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="302"/>
        <source>Good signature; the key was valid when it signed.</source>
        <translation>توقيع صالح؛ كان المفتاح صالحًا وقت التوقيع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="303"/>
        <source>Good signature; the key was valid when it signed and has expired since.</source>
        <translation>توقيع صالح؛ كان المفتاح صالحًا وقت التوقيع وانتهت صلاحيته منذ ذلك الحين.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="306"/>
        <source>Good signature; the signature has expired since.</source>
        <translation>توقيع صالح؛ انتهت صلاحية التوقيع نفسه منذ ذلك الحين.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="307"/>
        <source>Bad signature: the file or the signature was altered.</source>
        <translation>توقيع غير صالح: عُدِّل الملف أو التوقيع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="308"/>
        <source>Made by a key that was not imported: not checked.</source>
        <translation>صادر عن مفتاح غير مستورد: لم يُتحقَّق منه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="309"/>
        <source>Made with a key that had already expired.</source>
        <translation>صادر عن مفتاح كانت صلاحيته قد انتهت.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="310"/>
        <source>Made by a revoked key.</source>
        <translation>صادر عن مفتاح مُبطَل.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="311"/>
        <source>The file holds no OpenPGP signature.</source>
        <translation>لا يحتوي الملف على أي توقيع OpenPGP.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="312"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="323"/>
        <source>Could not be checked.</source>
        <translation>تعذّر التحقق منه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="319"/>
        <source>valid</source>
        <comment>a signed capture&apos;s signature</comment>
        <translation>صالح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="320"/>
        <source>invalid: the signed files or the signature were altered</source>
        <translation>غير صالح: عُدِّلت الملفات الموقَّعة أو التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="321"/>
        <source>present, not verifiable offline</source>
        <translation>موجود، ولا يمكن التحقق منه دون اتصال</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="322"/>
        <source>not checked</source>
        <translation>لم يُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="329"/>
        <source>valid</source>
        <comment>a web archive&apos;s signature</comment>
        <translation>صالح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="330"/>
        <source>verifies, but is not trusted</source>
        <translation>يُتحقَّق منه، لكنه غير موثوق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="331"/>
        <source>invalid</source>
        <comment>a web archive&apos;s signature</comment>
        <translation>غير صالح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="32"/>
        <location filename="../../src/casedesk/report/record_sections.py" line="158"/>
        <location filename="../../src/casedesk/report/sections.py" line="256"/>
        <location filename="../../src/casedesk/report/sections.py" line="298"/>
        <location filename="../../src/casedesk/report/sections.py" line="347"/>
        <source>#</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="34"/>
        <source>Investigator</source>
        <translation>المحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="35"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="36"/>
        <source>Object</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="37"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="38"/>
        <source>Entry hash</source>
        <translation>قيمة تجزئة القيد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="47"/>
        <source>The custody log is empty.</source>
        <translation>سجل العهدة فارغ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/record_sections.py" line="50"/>
        <source>%n entries, from {0} to {1}, up to the covered entry {2}: {3}. Making this report is itself logged, in an entry after that one, naming the covered entry and the SHA-256 of this file.</source>
        <translation>
            <numerusform>لا قيود، من {0} إلى {1}، حتى القيد المشمول بالتقرير {2}: {3}. وإعداد هذا التقرير نفسه مُسجَّل في قيد لاحق لهذا القيد، يذكر القيد المشمول وقيمة التجزئة SHA-256 لهذا الملف.</numerusform>
            <numerusform>قيد واحد، من {0} إلى {1}، حتى القيد المشمول بالتقرير {2}: {3}. وإعداد هذا التقرير نفسه مُسجَّل في قيد لاحق لهذا القيد، يذكر القيد المشمول وقيمة التجزئة SHA-256 لهذا الملف.</numerusform>
            <numerusform>قيدان، من {0} إلى {1}، حتى القيد المشمول بالتقرير {2}: {3}. وإعداد هذا التقرير نفسه مُسجَّل في قيد لاحق لهذا القيد، يذكر القيد المشمول وقيمة التجزئة SHA-256 لهذا الملف.</numerusform>
            <numerusform>%n قيود، من {0} إلى {1}، حتى القيد المشمول بالتقرير {2}: {3}. وإعداد هذا التقرير نفسه مُسجَّل في قيد لاحق لهذا القيد، يذكر القيد المشمول وقيمة التجزئة SHA-256 لهذا الملف.</numerusform>
            <numerusform>%n قيدًا، من {0} إلى {1}، حتى القيد المشمول بالتقرير {2}: {3}. وإعداد هذا التقرير نفسه مُسجَّل في قيد لاحق لهذا القيد، يذكر القيد المشمول وقيمة التجزئة SHA-256 لهذا الملف.</numerusform>
            <numerusform>%n قيد، من {0} إلى {1}، حتى القيد المشمول بالتقرير {2}: {3}. وإعداد هذا التقرير نفسه مُسجَّل في قيد لاحق لهذا القيد، يذكر القيد المشمول وقيمة التجزئة SHA-256 لهذا الملف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="62"/>
        <source>Entries by action: {0}.</source>
        <translation>القيود حسب الإجراء: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="63"/>
        <source>First and last entries</source>
        <translation>القيد الأول والقيد الأخير</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="77"/>
        <source>Details withheld: the item is flagged as {0}.</source>
        <translation>التفاصيل محجوبة: العنصر مُعلَّم بأنه {0}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="101"/>
        <source>evidence {0}</source>
        <comment>a custody entry&apos;s object</comment>
        <translation>الدليل {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="102"/>
        <source>{0} {1}</source>
        <comment>a custody entry&apos;s object: its type and id</comment>
        <translation>{0} {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/record_sections.py" line="115"/>
        <source>Every original in this case (%n files), including items whose pictures or text are withheld from this report. Manifest digest: {0}.</source>
        <translation>
            <numerusform>كل الملفات الأصلية في هذه القضية (لا ملفات)، بما فيها ملفات العناصر التي حُجبت صورها أو نصوصها من هذا التقرير. قيمة تجزئة البيان: {0}.</numerusform>
            <numerusform>كل الملفات الأصلية في هذه القضية (ملف واحد)، بما فيها ملفات العناصر التي حُجبت صورها أو نصوصها من هذا التقرير. قيمة تجزئة البيان: {0}.</numerusform>
            <numerusform>كل الملفات الأصلية في هذه القضية (ملفان)، بما فيها ملفات العناصر التي حُجبت صورها أو نصوصها من هذا التقرير. قيمة تجزئة البيان: {0}.</numerusform>
            <numerusform>كل الملفات الأصلية في هذه القضية (%n ملفات)، بما فيها ملفات العناصر التي حُجبت صورها أو نصوصها من هذا التقرير. قيمة تجزئة البيان: {0}.</numerusform>
            <numerusform>كل الملفات الأصلية في هذه القضية (%n ملفًا)، بما فيها ملفات العناصر التي حُجبت صورها أو نصوصها من هذا التقرير. قيمة تجزئة البيان: {0}.</numerusform>
            <numerusform>كل الملفات الأصلية في هذه القضية (%n ملف)، بما فيها ملفات العناصر التي حُجبت صورها أو نصوصها من هذا التقرير. قيمة تجزئة البيان: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="123"/>
        <source>How to re-verify</source>
        <translation>كيفية إعادة التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="125"/>
        <source>An original file: compute its SHA-256 and compare it with the table. On Linux: “sha256sum FILE”; on macOS: “shasum -a 256 FILE”; on Windows: “certutil -hashfile FILE SHA256”.</source>
        <translation>ملف أصلي: احسب قيمة التجزئة SHA-256 له وقارنها بالجدول. في نظام Linux استخدم الأمر «sha256sum FILE»، وفي macOS الأمر «shasum -a 256 FILE»، وفي Windows الأمر «certutil -hashfile FILE SHA256»، حيث FILE مسار الملف.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="129"/>
        <source>The manifest digest: write one line per row of the table: the SHA-256, two spaces, the size in bytes, two spaces and the original name. Sort the lines (they start with the SHA-256, so this orders them by it) and end each with a newline; the SHA-256 of that UTF-8 text is the digest. On Linux: “LC_ALL=C sort manifest.txt | sha256sum”.</source>
        <translation>قيمة تجزئة البيان: اكتب سطرًا لكل صف من الجدول: قيمة التجزئة SHA-256، ثم مسافتين، ثم الحجم بالبايت (دون فواصل الآلاف)، ثم مسافتين، ثم الاسم الأصلي كما يرد في الجدول (ويُكتب «(name withheld)» للعنصر المحجوب). رتّب الأسطر (وهي تبدأ بقيمة التجزئة SHA-256، فيكون ترتيبها بحسبها)، وأنهِ كل سطر بمحرف سطر جديد؛ وقيمة التجزئة SHA-256 لهذا النص بترميز UTF-8 هي قيمة تجزئة البيان. في نظام Linux استخدم الأمر «LC_ALL=C sort manifest.txt | sha256sum».</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="135"/>
        <source>In a CaseDesk workspace holding the case: “casedesk verify CASE” re-hashes every original and recomputes the custody chain; its entry with the number on the cover must have the hash on the cover. “casedesk export CASE --pdf OUT.pdf --as-of N” with the same options, on the versions the cover lists, gives this file again byte for byte.</source>
        <translation>في مساحة عمل CaseDesk تضم القضية: يعيد الأمر «casedesk verify CASE» حساب قيمة التجزئة لكل ملف أصلي، ويعيد حساب سلسلة قيم التجزئة في سجل العهدة؛ ويجب أن يحمل القيد ذو الرقم المذكور في الغلاف قيمةَ التجزئة المذكورة في الغلاف. ويعطي الأمر «casedesk export CASE --pdf OUT.pdf --as-of N --language ar»، بالخيارات نفسها وبالإصدارات المذكورة في الغلاف، هذا الملف مرة أخرى مطابقًا بايتًا ببايت.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="142"/>
        <source>{0}. {1}</source>
        <comment>a numbered step</comment>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="158"/>
        <source>Size (bytes)</source>
        <translation>الحجم (بايت)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="59"/>
        <source>CASE REPORT</source>
        <translation>تقرير القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="59"/>
        <source>Cover</source>
        <translation>الغلاف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/sections.py" line="63"/>
        <source>%n items</source>
        <translation>
            <numerusform>لا عناصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%n عناصر</numerusform>
            <numerusform>%n عنصرًا</numerusform>
            <numerusform>%n عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/sections.py" line="65"/>
        <source>; %n in the trash, not part of this report</source>
        <translation>
            <numerusform>؛ ولا عناصر في سلة المهملات</numerusform>
            <numerusform>؛ وعنصر واحد في سلة المهملات، ليس جزءًا من هذا التقرير</numerusform>
            <numerusform>؛ وعنصران في سلة المهملات، ليسا جزءًا من هذا التقرير</numerusform>
            <numerusform>؛ و%n عناصر في سلة المهملات، ليست جزءًا من هذا التقرير</numerusform>
            <numerusform>؛ و%n عنصرًا في سلة المهملات، ليست جزءًا من هذا التقرير</numerusform>
            <numerusform>؛ و%n عنصر في سلة المهملات، ليست جزءًا من هذا التقرير</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="69"/>
        <source>Case as of</source>
        <translation>القضية بتاريخ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="72"/>
        <source>Entry {0} of the custody log, {1}:</source>
        <translation>القيد {0} من سجل العهدة، {1}:</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="77"/>
        <source>The report shows the case exactly as it stood right after this entry (entries 1 to {0}); anything recorded later is not part of it.</source>
        <translation>يعرض التقرير القضية كما كانت تمامًا بعد هذا القيد مباشرةً (القيود من 1 إلى {0})؛ ولا يشمل أي شيء سُجِّل بعده.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="85"/>
        <location filename="../../src/casedesk/report/sections.py" line="258"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="86"/>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="87"/>
        <source>First seen</source>
        <translation>أول ظهور</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="88"/>
        <location filename="../../src/casedesk/report/sections.py" line="176"/>
        <location filename="../../src/casedesk/report/sections.py" line="178"/>
        <location filename="../../src/casedesk/report/sections.py" line="250"/>
        <location filename="../../src/casedesk/report/sections.py" line="251"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="89"/>
        <source>Investigators</source>
        <translation>المحققون</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="90"/>
        <source>Case id</source>
        <translation>معرّف القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="91"/>
        <location filename="../../src/casedesk/report/sections.py" line="178"/>
        <location filename="../../src/casedesk/report/sections.py" line="261"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="92"/>
        <location filename="../../src/casedesk/report/sections.py" line="181"/>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="94"/>
        <source>Manifest digest</source>
        <translation>قيمة تجزئة البيان</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/sections.py" line="98"/>
        <source>SHA-256 over the manifest lines of the %n originals (see the appendix)</source>
        <translation>
            <numerusform>قيمة التجزئة SHA-256 لأسطر البيان، ولا ملفات أصلية فيه (انظر الملحق)</numerusform>
            <numerusform>قيمة التجزئة SHA-256 لسطر البيان الخاص بالملف الأصلي الوحيد (انظر الملحق)</numerusform>
            <numerusform>قيمة التجزئة SHA-256 لأسطر البيان الخاصة بالملفين الأصليين (انظر الملحق)</numerusform>
            <numerusform>قيمة التجزئة SHA-256 لأسطر البيان الخاصة بـ%n ملفات أصلية (انظر الملحق)</numerusform>
            <numerusform>قيمة التجزئة SHA-256 لأسطر البيان الخاصة بـ%n ملفًا أصليًا (انظر الملحق)</numerusform>
            <numerusform>قيمة التجزئة SHA-256 لأسطر البيان الخاصة بـ%n ملف أصلي (انظر الملحق)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="107"/>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="111"/>
        <source>Software</source>
        <translation>البرمجيات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="115"/>
        <source>The same entry and options give this file byte for byte with these versions.</source>
        <translation>بهذه الإصدارات، يعطي القيد نفسه والخيارات نفسها هذا الملف مطابقًا بايتًا ببايت.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/sections.py" line="123"/>
        <source>%n item(s) flagged as graphic or personal data are shown blurred in this report; the integrity manifest still lists every original.</source>
        <translation>
            <numerusform>لا عناصر مُعلَّمة كمحتوى صادم أو كبيانات شخصية تظهر مموَّهة في هذا التقرير؛ ويظل بيان السلامة يُدرج كل الملفات الأصلية.</numerusform>
            <numerusform>عنصر واحد مُعلَّم كمحتوى صادم أو كبيانات شخصية يظهر مموَّهًا في هذا التقرير؛ ويظل بيان السلامة يُدرج كل الملفات الأصلية.</numerusform>
            <numerusform>عنصران مُعلَّمان كمحتوى صادم أو كبيانات شخصية يظهران مموَّهين في هذا التقرير؛ ويظل بيان السلامة يُدرج كل الملفات الأصلية.</numerusform>
            <numerusform>%n عناصر مُعلَّمة كمحتوى صادم أو كبيانات شخصية تظهر مموَّهة في هذا التقرير؛ ويظل بيان السلامة يُدرج كل الملفات الأصلية.</numerusform>
            <numerusform>%n عنصرًا مُعلَّمًا كمحتوى صادم أو كبيانات شخصية تظهر مموَّهة في هذا التقرير؛ ويظل بيان السلامة يُدرج كل الملفات الأصلية.</numerusform>
            <numerusform>%n عنصر مُعلَّم كمحتوى صادم أو كبيانات شخصية تظهر مموَّهة في هذا التقرير؛ ويظل بيان السلامة يُدرج كل الملفات الأصلية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/sections.py" line="129"/>
        <source>%n item(s) flagged as graphic or personal data are withheld in this report; the integrity manifest still lists every original.</source>
        <translation>
            <numerusform>لا عناصر مُعلَّمة كمحتوى صادم أو كبيانات شخصية محجوبة من هذا التقرير؛ ويظل بيان السلامة يُدرج كل الملفات الأصلية.</numerusform>
            <numerusform>عنصر واحد مُعلَّم كمحتوى صادم أو كبيانات شخصية محجوب من هذا التقرير؛ ويظل بيان السلامة يُدرج كل الملفات الأصلية.</numerusform>
            <numerusform>عنصران مُعلَّمان كمحتوى صادم أو كبيانات شخصية محجوبان من هذا التقرير؛ ويظل بيان السلامة يُدرج كل الملفات الأصلية.</numerusform>
            <numerusform>%n عناصر مُعلَّمة كمحتوى صادم أو كبيانات شخصية محجوبة من هذا التقرير؛ ويظل بيان السلامة يُدرج كل الملفات الأصلية.</numerusform>
            <numerusform>%n عنصرًا مُعلَّمًا كمحتوى صادم أو كبيانات شخصية محجوبة من هذا التقرير؛ ويظل بيان السلامة يُدرج كل الملفات الأصلية.</numerusform>
            <numerusform>%n عنصر مُعلَّم كمحتوى صادم أو كبيانات شخصية محجوبة من هذا التقرير؛ ويظل بيان السلامة يُدرج كل الملفات الأصلية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="134"/>
        <source>Sensitive items</source>
        <translation>العناصر الحساسة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="137"/>
        <source>Investigator&apos;s signature</source>
        <translation>توقيع المحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="142"/>
        <source>A signed report shows its digital signature in this box. Check it with casedesk check or a PDF reader&apos;s signature panel, and compare the key fingerprint with the investigator&apos;s out of band: no authority vouches for it. An empty box is an unsigned copy.</source>
        <translation>يعرض التقرير الموقَّع توقيعه الرقمي في هذا الإطار. تحقّق منه بالأمر casedesk check أو بلوحة التوقيعات في قارئ PDF، وقارن بصمة المفتاح ببصمة مفتاح المحقق عبر قناة مستقلة، إذ لا توجد جهة تصادق عليها. والإطار الفارغ يعني أن هذه نسخة غير موقَّعة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="153"/>
        <source>Every evidence item is identified by the SHA-256 of the original file as it was collected; CaseDesk never alters an original. The custody log is a hash chain: each entry&apos;s hash covers its content and the hash of the entry before it, so a change to any entry changes every later hash. The appendix explains how to re-verify the originals and this report&apos;s manifest digest.</source>
        <translation>يُعرَّف كل دليل بقيمة التجزئة SHA-256 للملف الأصلي كما جُمع؛ ولا يغيّر CaseDesk أي ملف أصلي أبدًا. وسجل العهدة سلسلة من قيم التجزئة: تغطي قيمة تجزئة كل قيد محتواه وقيمة تجزئة القيد الذي قبله، فأي تغيير في قيد يغيّر قيم تجزئة كل القيود التالية. ويشرح الملحق كيفية إعادة التحقق من الملفات الأصلية ومن قيمة تجزئة البيان في هذا التقرير.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="173"/>
        <source>No summary written.</source>
        <translation>لم يُكتب ملخص.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="176"/>
        <location filename="../../src/casedesk/report/words.py" line="212"/>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="177"/>
        <location filename="../../src/casedesk/report/sections.py" line="260"/>
        <location filename="../../src/casedesk/report/words.py" line="213"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="179"/>
        <location filename="../../src/casedesk/report/words.py" line="214"/>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/sections.py" line="179"/>
        <source>%n events</source>
        <translation>
            <numerusform>لا أحداث</numerusform>
            <numerusform>حدث واحد</numerusform>
            <numerusform>حدثان</numerusform>
            <numerusform>%n أحداث</numerusform>
            <numerusform>%n حدثًا</numerusform>
            <numerusform>%n حدث</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="180"/>
        <location filename="../../src/casedesk/report/words.py" line="215"/>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="184"/>
        <source>Related cases</source>
        <translation>القضايا ذات الصلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="187"/>
        <source>Investigator notes</source>
        <translation>ملاحظات المحققين</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="190"/>
        <source>Written {0}</source>
        <translation>كُتبت في {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="210"/>
        <source>Status is the investigators&apos; current finding. Credibility is the Admiralty information grade, from 1 (confirmed by other sources) to 6 (truth cannot be judged).</source>
        <translation>الحالة هي ما خلص إليه المحققون حتى الآن. والمصداقية هي درجة المعلومة وفق نظام الأميرالية، من 1 (مؤكَّدة من مصادر أخرى) إلى 6 (لا يمكن الحكم على صحتها).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="218"/>
        <source>No claims recorded.</source>
        <translation>لم يُسجَّل أي ادعاء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="245"/>
        <location filename="../../src/casedesk/report/sections.py" line="287"/>
        <source>{0}: {1}</source>
        <comment>an Admiralty grade and its meaning</comment>
        <translation>الدرجة {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="257"/>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="259"/>
        <source>Credibility</source>
        <translation>المصداقية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="272"/>
        <source>Reliability is the Admiralty source grade, from A (completely reliable) to F (reliability cannot be judged).</source>
        <translation>الموثوقية هي درجة المصدر وفق نظام الأميرالية، من A (موثوق تمامًا) إلى F (لا يمكن الحكم على موثوقيته).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="280"/>
        <source>No sources recorded.</source>
        <translation>لم يُسجَّل أي مصدر.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="300"/>
        <source>Handle, platform</source>
        <translation>المعرّف، المنصة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="301"/>
        <source>Reliability</source>
        <translation>الموثوقية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="302"/>
        <location filename="../../src/casedesk/report/sections.py" line="348"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="312"/>
        <source>No timeline events recorded.</source>
        <translation>لم يُسجَّل أي حدث في الخط الزمني.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="322"/>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="322"/>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="322"/>
        <location filename="../../src/casedesk/report/sections.py" line="347"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="332"/>
        <source>No places recorded.</source>
        <translation>لم يُسجَّل أي مكان.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="334"/>
        <source>Coordinates are WGS 84 decimal degrees.</source>
        <translation>الإحداثيات بالدرجات العشرية وفق النظام WGS 84، مكتوبة بنقطة عشرية وبالرموز N وS وE وW، كما تقرؤها أدوات الخرائط.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="347"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="347"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="348"/>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="361"/>
        <source>Case checklist: {0}.</source>
        <translation>قائمة التحقق الخاصة بالقضية: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="376"/>
        <source>Check</source>
        <translation>بند التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="376"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="376"/>
        <source>Recorded</source>
        <translation>سُجِّل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="379"/>
        <source>Evidence items</source>
        <translation>عناصر الأدلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="382"/>
        <source>Each item&apos;s own checks, with their notes, are listed with the item in the evidence catalogue.</source>
        <translation>تُدرج بنود التحقق الخاصة بكل عنصر، مع ملاحظاتها، مع العنصر نفسه في فهرس الأدلة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="398"/>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="398"/>
        <source>Checks</source>
        <translation>بنود التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="406"/>
        <source>{0}, {1}</source>
        <comment>who recorded a check, and when</comment>
        <translation>سجّله {0} في {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/signing.py" line="90"/>
        <source>Digitally signed with the CaseDesk investigator key</source>
        <translation>موقَّع رقميًا بمفتاح المحقق في CaseDesk</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/signing.py" line="95"/>
        <source>Signed at {0} (the signer&apos;s clock)</source>
        <translation>وُقِّع في {0} (حسب ساعة الموقِّع)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/stamps.py" line="20"/>
        <source>Trusted timestamps</source>
        <translation>الطوابع الزمنية الموثوقة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/stamps.py" line="25"/>
        <source>Entry {0} (hash {1}…, manifest digest {2}…) existed no later than {3} according to {4} (serial {5}; imported in entry {6}).</source>
        <translation>كان القيد {0} (قيمة التجزئة {1}…، وقيمة تجزئة البيان {2}…) موجودًا في موعد أقصاه {3} بحسب {4} (الرقم التسلسلي {5}؛ استُورد في القيد {6}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/stamps.py" line="57"/>
        <source>No trusted timestamp was imported in the covered entries (1 to {0}).</source>
        <translation>لم يُستورد أي طابع زمني موثوق في القيود المشمولة بالتقرير (من 1 إلى {0}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/stamps.py" line="64"/>
        <source>Each line is an RFC 3161 timestamp token, signed by the timestamp authority named, over the SHA-256 of the text “{0}”, “case”, the case id, “entry”, the entry&apos;s number and hash, “manifest” and the case&apos;s manifest digest as of that entry (four lines, each ending in a newline). The token, its request and the certificate it was checked against are recorded in full in the import entry of the custody log.</source>
        <translation>كل سطر رمز طابع زمني وفق المعيار RFC 3161، موقَّع من جهة الطوابع الزمنية المذكورة، على قيمة التجزئة SHA-256 للنص «{0}»، و«case»، ومعرّف القضية، و«entry»، ورقم القيد وقيمة تجزئته، و«manifest»، وقيمة تجزئة بيان القضية بتاريخ ذلك القيد (أربعة أسطر، ينتهي كل منها بمحرف سطر جديد). ويُسجَّل الرمز وطلبه والشهادة التي تُحُقِّق منه بها كاملةً في قيد الاستيراد في سجل العهدة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/stamps.py" line="80"/>
        <source>entry {0}</source>
        <translation>القيد {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/stamps.py" line="82"/>
        <source>entries {0}</source>
        <translation>القيود {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/stamps.py" line="86"/>
        <source>Timestamp requests with no answer imported by entry {0}: {1}.</source>
        <translation>طلبات طوابع زمنية لم تُستورد لها إجابة حتى القيد {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="19"/>
        <source>open</source>
        <comment>case status</comment>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="20"/>
        <source>verifying</source>
        <comment>case status</comment>
        <translation>قيد التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="21"/>
        <source>verified</source>
        <comment>case status</comment>
        <translation>تم التحقق منها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="22"/>
        <source>disputed</source>
        <comment>case status</comment>
        <translation>متنازع عليها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="23"/>
        <source>debunked</source>
        <comment>case status</comment>
        <translation>مُفنَّدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="24"/>
        <source>inconclusive</source>
        <comment>case status</comment>
        <translation>دون نتيجة حاسمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="25"/>
        <source>closed</source>
        <comment>case status</comment>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="31"/>
        <source>unverified</source>
        <comment>claim status</comment>
        <translation>لم يُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="32"/>
        <source>supported</source>
        <comment>claim status</comment>
        <translation>مدعوم بالأدلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="33"/>
        <source>confirmed</source>
        <comment>claim status</comment>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="34"/>
        <source>disputed</source>
        <comment>claim status</comment>
        <translation>متنازع عليه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="35"/>
        <source>false</source>
        <comment>claim status</comment>
        <translation>كاذب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="42"/>
        <source>pending</source>
        <comment>check state</comment>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="43"/>
        <source>passed</source>
        <comment>check state</comment>
        <translation>ناجح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="44"/>
        <source>failed</source>
        <comment>check state</comment>
        <translation>لم ينجح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="45"/>
        <source>not applicable</source>
        <comment>check state</comment>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="46"/>
        <source>inconclusive</source>
        <comment>check state</comment>
        <translation>غير حاسم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="53"/>
        <source>supports</source>
        <comment>stance of evidence towards a claim</comment>
        <translation>يدعم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="54"/>
        <source>contradicts</source>
        <comment>stance of evidence towards a claim</comment>
        <translation>يناقض</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="55"/>
        <source>context</source>
        <comment>stance of evidence towards a claim</comment>
        <translation>سياق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="62"/>
        <source>still</source>
        <comment>kind of evidence, counted in the summary</comment>
        <translation>صورة ثابتة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="64"/>
        <source>still image</source>
        <translation>صورة ثابتة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="65"/>
        <source>video</source>
        <comment>kind of evidence</comment>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="66"/>
        <source>audio</source>
        <comment>kind of evidence</comment>
        <translation>تسجيل صوتي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="67"/>
        <source>document</source>
        <comment>kind of evidence</comment>
        <translation>مستند</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="68"/>
        <source>other</source>
        <comment>kind of evidence</comment>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="75"/>
        <source>partial</source>
        <comment>decoding of a file</comment>
        <translation>جزئي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="76"/>
        <source>failed</source>
        <comment>decoding of a file</comment>
        <translation>فاشل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="77"/>
        <source>refused</source>
        <comment>decoding of a file</comment>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="84"/>
        <source>case</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>قضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="85"/>
        <source>evidence</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>دليل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="86"/>
        <source>source</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>مصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="87"/>
        <source>claim</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>ادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="88"/>
        <source>checklist_item</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>بند تحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="89"/>
        <source>place</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>مكان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="90"/>
        <source>timeline_event</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>حدث</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="91"/>
        <source>note</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="92"/>
        <source>annotation</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>تعليق توضيحي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="93"/>
        <source>bundle</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>حزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="108"/>
        <source>case_create</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>أُنشئت القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="109"/>
        <source>case_edit</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>عُدِّلت القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="110"/>
        <source>case_link</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>رُبطت قضية ذات صلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="111"/>
        <source>case_remove</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>أُلغي ربط قضية ذات صلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="112"/>
        <source>case_restore</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>أُعيد ربط قضية ذات صلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="113"/>
        <source>evidence_add</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>أُضيف دليل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="114"/>
        <source>still_extract</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>استُخرجت لقطة من مقطع فيديو</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="115"/>
        <source>wacz_extract</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>استُخرجت وسائط من أرشيف ويب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="116"/>
        <source>proof_extract</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>استُخرجت وسائط من حزمة ProofMode</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="117"/>
        <source>wacz_pages_read</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>حُفظ نص صفحات أرشيف ويب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="118"/>
        <source>evidence_edit</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>عُدِّل دليل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="119"/>
        <source>evidence_trash</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>نُقل دليل إلى سلة المهملات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="120"/>
        <source>evidence_restore</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>استُعيد دليل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="121"/>
        <source>evidence_purge</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>حُذف دليل نهائيًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="122"/>
        <source>source_create</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>أُضيف مصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="123"/>
        <source>source_edit</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>عُدِّل مصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="124"/>
        <source>source_merge</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>دُمجت مصادر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="125"/>
        <source>source_unmerge</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>أُلغي دمج مصادر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="126"/>
        <source>source_remove</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>أُزيل مصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="127"/>
        <source>source_restore</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>استُعيد مصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="128"/>
        <source>claim_create</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>أُضيف ادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="129"/>
        <source>claim_edit</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>عُدِّل ادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="130"/>
        <source>claim_status</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>تغيّرت حالة ادعاء أو مصداقيته</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="131"/>
        <source>claim_link</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>رُبط ادعاء بدليل أو مصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="132"/>
        <source>claim_unlink</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>أُلغي ربط ادعاء بدليل أو مصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="133"/>
        <source>claim_remove</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>أُزيل ادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="134"/>
        <source>claim_restore</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>استُعيد ادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="135"/>
        <source>checklist_change</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>تغيّر بند في قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="136"/>
        <source>place_add</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>أُضيف مكان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="137"/>
        <source>place_edit</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>عُدِّل مكان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="138"/>
        <source>place_remove</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>أُزيل مكان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="139"/>
        <source>place_restore</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>استُعيد مكان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="140"/>
        <source>event_add</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>أُضيف حدث</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="141"/>
        <source>event_edit</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>عُدِّل حدث</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="142"/>
        <source>event_remove</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>أُزيل حدث</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="143"/>
        <source>event_restore</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>استُعيد حدث</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="144"/>
        <source>note_add</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>أُضيفت ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="145"/>
        <source>note_edit</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>عُدِّلت ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="146"/>
        <source>note_remove</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>أُزيلت ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="147"/>
        <source>note_restore</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>استُعيدت ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="148"/>
        <source>annotation_add</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>أُضيف تعليق توضيحي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="149"/>
        <source>annotation_edit</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>عُدِّل تعليق توضيحي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="150"/>
        <source>annotation_remove</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>أُزيل تعليق توضيحي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="151"/>
        <source>annotation_restore</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>استُعيد تعليق توضيحي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="152"/>
        <source>export_pdf</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>صُدِّر تقرير (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="153"/>
        <source>bundle_export</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>صُدِّرت حزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="154"/>
        <source>bundle_import</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>استُوردت حزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="155"/>
        <source>bundle_merge</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>دُمجت حزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="156"/>
        <source>timestamp_request</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>طُلب طابع زمني</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="157"/>
        <source>timestamp_import</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>استُورد طابع زمني</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="166"/>
        <source>Completely reliable</source>
        <translation>موثوق تمامًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="167"/>
        <source>Usually reliable</source>
        <translation>موثوق عادةً</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="168"/>
        <source>Fairly reliable</source>
        <translation>موثوق إلى حدٍّ ما</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="169"/>
        <source>Not usually reliable</source>
        <translation>غير موثوق عادةً</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="170"/>
        <source>Unreliable</source>
        <translation>غير موثوق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="171"/>
        <source>Reliability cannot be judged</source>
        <translation>لا يمكن الحكم على موثوقيته</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="180"/>
        <source>Confirmed by other sources</source>
        <translation>مؤكَّدة من مصادر أخرى</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="181"/>
        <source>Probably true</source>
        <translation>صحيحة على الأرجح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="182"/>
        <source>Possibly true</source>
        <translation>ربما تكون صحيحة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="183"/>
        <source>Doubtful</source>
        <translation>مشكوك فيها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="184"/>
        <source>Improbable</source>
        <translation>مستبعَدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="185"/>
        <source>Truth cannot be judged</source>
        <translation>لا يمكن الحكم على صحتها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/words.py" line="192"/>
        <source>%n of {0} passed</source>
        <translation>
            <numerusform>لم ينجح أي بند من أصل {0}</numerusform>
            <numerusform>نجح بند واحد من أصل {0}</numerusform>
            <numerusform>نجح بندان من أصل {0}</numerusform>
            <numerusform>نجح %n بنود من أصل {0}</numerusform>
            <numerusform>نجح %n بندًا من أصل {0}</numerusform>
            <numerusform>نجح %n بند من أصل {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/words.py" line="198"/>
        <source>%n failed</source>
        <translation>
            <numerusform>لا بنود لم تنجح</numerusform>
            <numerusform>بند واحد لم ينجح</numerusform>
            <numerusform>بندان لم ينجحا</numerusform>
            <numerusform>%n بنود لم تنجح</numerusform>
            <numerusform>%n بندًا لم ينجح</numerusform>
            <numerusform>%n بند لم ينجح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/words.py" line="200"/>
        <source>%n inconclusive</source>
        <translation>
            <numerusform>لا بنود غير حاسمة</numerusform>
            <numerusform>بند واحد غير حاسم</numerusform>
            <numerusform>بندان غير حاسمين</numerusform>
            <numerusform>%n بنود غير حاسمة</numerusform>
            <numerusform>%n بندًا غير حاسم</numerusform>
            <numerusform>%n بند غير حاسم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/words.py" line="202"/>
        <source>%n not applicable</source>
        <translation>
            <numerusform>لا بنود لا تنطبق</numerusform>
            <numerusform>بند واحد لا ينطبق</numerusform>
            <numerusform>بندان لا ينطبقان</numerusform>
            <numerusform>%n بنود لا تنطبق</numerusform>
            <numerusform>%n بندًا لا ينطبق</numerusform>
            <numerusform>%n بند لا ينطبق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/words.py" line="204"/>
        <source>%n pending</source>
        <translation>
            <numerusform>لا بنود قيد الانتظار</numerusform>
            <numerusform>بند واحد قيد الانتظار</numerusform>
            <numerusform>بندان قيد الانتظار</numerusform>
            <numerusform>%n بنود قيد الانتظار</numerusform>
            <numerusform>%n بندًا قيد الانتظار</numerusform>
            <numerusform>%n بند قيد الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="211"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="216"/>
        <source>Evidence catalogue</source>
        <translation>فهرس الأدلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="217"/>
        <source>Verification checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="218"/>
        <source>Custody log</source>
        <translation>سجل العهدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="219"/>
        <source>Appendix: integrity manifest</source>
        <translation>الملحق: بيان السلامة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="227"/>
        <source>{0} {1}</source>
        <comment>a count and what is counted</comment>
        <extracomment>A count, then what is counted (a claim status, a kind of evidence, a custody action): {0} is the number, {1} the name. Reorder freely (&quot;non vérifié : 3&quot;) so the name need not agree with it.</extracomment>
        <translation>{1}: {0}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/casedesk/basemap/library.py" line="72"/>
        <source>Cannot save the list of basemaps in {folder}: {reason}.</source>
        <translation>تعذّر حفظ قائمة خرائط الأساس في {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/library.py" line="104"/>
        <source>{file} is not in the workspace&apos;s list of basemaps.</source>
        <translation>{file} ليس في قائمة خرائط الأساس لمساحة العمل.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/mbtiles.py" line="42"/>
        <source>{file} has no tiles table: it is not an MBTiles file.</source>
        <translation>لا يحتوي {file} على جدول بلاطات: فهو ليس ملف MBTiles.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/mbtiles.py" line="47"/>
        <source>The basemap file {file} holds no tiles.</source>
        <translation>لا يحتوي ملف خريطة الأساس {file} على أي بلاطة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/pmtiles_archive.py" line="39"/>
        <source>{file} is an old PMTiles file (before version 3); convert it with pmtiles.</source>
        <translation>{file} ملف PMTiles قديم (سابق للإصدار 3)؛ حوِّله باستخدام pmtiles.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/tiles.py" line="83"/>
        <source>{file} is not a basemap CaseDesk can draw: it is neither an MBTiles nor a PMTiles file, or it is damaged.</source>
        <translation>{file} ليس خريطة أساس يستطيع CaseDesk رسمها: فهو ليس ملف MBTiles ولا ملف PMTiles، أو أنه تالف.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/tiles.py" line="102"/>
        <source>{file} holds {format} tiles; CaseDesk draws raster tiles only (PNG, JPEG or WebP). Export the area again as raster tiles.</source>
        <translation>يحتوي {file} على بلاطات {format}؛ لا يرسم CaseDesk إلا البلاطات النقطية (PNG أو JPEG أو WebP). صدِّر المنطقة من جديد على شكل بلاطات نقطية.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/tiles.py" line="113"/>
        <source>The basemap file {file} is damaged and cannot be read ({reason}).</source>
        <translation>ملف خريطة الأساس {file} تالف ولا يمكن قراءته ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/tiles.py" line="119"/>
        <source>The basemap file {file} was not found: it may have been moved, or its drive is not connected.</source>
        <translation>لم يُعثر على ملف خريطة الأساس {file}: ربما نُقل، أو أن القرص الذي يحمله غير موصول.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/tiles.py" line="134"/>
        <source>Cannot read the basemap file {file}: {reason}.</source>
        <translation>تعذّرت قراءة ملف خريطة الأساس {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/topojson.py" line="95"/>
        <source>Cannot read the basemap {file}: {reason}.</source>
        <translation>تعذّرت قراءة خريطة الأساس {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/topojson.py" line="98"/>
        <source>The basemap {file} is not valid TopoJSON.</source>
        <translation>خريطة الأساس {file} ليست ملف TopoJSON صالحًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/checkout.py" line="118"/>
        <source>The case would be carried to the workspace it is in; name another with --to.</source>
        <translation>ستُنقل القضية إلى مساحة العمل الموجودة فيها أصلًا؛ حدِّد مساحة أخرى باستخدام ‎--to.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/cli.py" line="31"/>
        <source>No passphrase file at {path}.</source>
        <translation>لا يوجد ملف عبارة مرور في المسار {path}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/cli.py" line="34"/>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>تعذّرت قراءة ملف عبارة المرور {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/cli.py" line="39"/>
        <source>The passphrase file {path} is empty.</source>
        <translation>ملف عبارة المرور {path} فارغ.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/cli.py" line="46"/>
        <source>The passphrase cannot be asked for here (no terminal); give it with --passphrase-file.</source>
        <translation>لا يمكن طلب عبارة المرور هنا (لا توجد طرفية)؛ قدِّمها بالخيار --passphrase-file.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/cli.py" line="58"/>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>عبارتا المرور مختلفتان؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/cli.py" line="61"/>
        <source>Choose a passphrase of at least {minimum} characters (several words are best).</source>
        <translation>اختر عبارة مرور لا يقل عدد أحرفها عن {minimum} (والأفضل أن تتألف من عدة كلمات).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/cli.py" line="78"/>
        <source>--passphrase-file is for encrypted bundles; add --encrypt.</source>
        <translation>الخيار --passphrase-file مخصَّص للحزم المشفَّرة؛ أضف الخيار --encrypt.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/cli.py" line="138"/>
        <source>bundle needs one of: export, import</source>
        <translation>يتطلّب الأمر bundle أحد الأوامر الفرعية: export أو import</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/crypto.py" line="141"/>
        <source>The bundle is too large to encrypt in one file.</source>
        <translation>الحزمة أكبر من أن تُشفَّر في ملف واحد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/crypto.py" line="179"/>
        <source>This encrypted bundle uses encryption format {version}.{kdf}, which this version of CaseDesk does not know. Update CaseDesk to import it. Nothing was imported.</source>
        <translation>تستخدم هذه الحزمة المشفَّرة صيغة التشفير {version}.{kdf}، وهي صيغة لا يعرفها هذا الإصدار من CaseDesk. حدِّث CaseDesk لاستيرادها. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/errors.py" line="14"/>
        <source>Wrong passphrase, or the bundle was modified. Nothing was imported.</source>
        <translation>عبارة المرور خاطئة، أو أن الحزمة عُدِّلت. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="49"/>
        <source>one of {choices}</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>إحدى القيم {choices}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="53"/>
        <source>{kind} from {minimum} to {maximum}</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>{kind} من {minimum} إلى {maximum}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="61"/>
        <source>{kind} of at least {minimum}</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>{kind} لا يقل عن {minimum}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="70"/>
        <source>{kind} or null</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>{kind} أو null</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="80"/>
        <source>an id</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>معرِّفًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="81"/>
        <source>a SHA-256 in lower-case hex</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>قيمة تجزئة SHA-256 بأحرف ست عشرية صغيرة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="82"/>
        <source>text</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>نصًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="83"/>
        <source>a whole number</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>عددًا صحيحًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="84"/>
        <source>a number</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>عددًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="85"/>
        <source>true or false</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>true أو false</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="86"/>
        <source>an ISO 8601 time with its zone</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>وقتًا بصيغة ISO 8601 مع منطقته الزمنية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="87"/>
        <source>a partial time</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>تاريخًا جزئيًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="88"/>
        <source>a JSON object</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>كائن JSON</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="89"/>
        <source>a list of texts</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>قائمة نصوص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="95"/>
        <source>Invalid manifest: {field} must be {what}.</source>
        <translation>البيان غير صالح: يجب أن يكون الحقل {field} {what}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="161"/>
        <source>Invalid manifest: the key {key!r} appears twice in one object.</source>
        <translation>البيان غير صالح: يظهر المفتاح {key!r} مرتين في كائن واحد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="167"/>
        <source>Invalid manifest: {name} is not a JSON number.</source>
        <translation>البيان غير صالح: القيمة {name} ليست عددًا في JSON.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="176"/>
        <source>Invalid manifest: manifest.json is not UTF-8 text.</source>
        <translation>البيان غير صالح: الملف manifest.json ليس نصًا بترميز UTF-8.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="178"/>
        <source>Invalid manifest: manifest.json is nested too deeply.</source>
        <translation>البيان غير صالح: بنية الملف manifest.json متداخلة إلى عمق مفرط.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="181"/>
        <source>Invalid manifest: manifest.json is not valid JSON ({reason}, line {line}).</source>
        <translation>البيان غير صالح: الملف manifest.json ليس JSON صالحًا ({reason}، السطر {line}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="188"/>
        <source>Invalid manifest: manifest.json must hold a JSON object.</source>
        <translation>البيان غير صالح: يجب أن يحتوي الملف manifest.json على كائن JSON.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="195"/>
        <source>Not a CaseDesk bundle: manifest.json does not name the casedesk-bundle format.</source>
        <translation>ليست هذه حزمة CaseDesk: لا يذكر الملف manifest.json الصيغة casedesk-bundle.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="202"/>
        <source>This bundle was written by a newer version of CaseDesk (bundle format {version}); this version reads format {supported}. Update CaseDesk to import it. Nothing was imported.</source>
        <translation>كُتبت هذه الحزمة بإصدار أحدث من CaseDesk (صيغة الحزمة {version})؛ يقرأ هذا الإصدار الصيغة {supported}. حدِّث CaseDesk لاستيرادها. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="228"/>
        <source>Invalid manifest: {where} must be an object with {fields}.</source>
        <translation>البيان غير صالح: يجب أن يكون {where} كائنًا يضم الحقول {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="242"/>
        <source>a list of ids</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>قائمة معرِّفات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="255"/>
        <source>Invalid manifest: unexpected field {fields}.</source>
        <translation>البيان غير صالح: حقل غير متوقَّع {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="258"/>
        <source>Invalid manifest: lacks {fields}.</source>
        <translation>البيان غير صالح: الحقول {fields} غير موجودة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="262"/>
        <source>an ISO 8601 time</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>وقتًا بصيغة ISO 8601</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="300"/>
        <source>Invalid manifest: {record} refers to {what} {target}, which the bundle does not hold.</source>
        <translation>البيان غير صالح: يشير السجل {record} إلى {what} {target}، وهو غير موجود في الحزمة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="310"/>
        <source>evidence</source>
        <comment>fragment: what a manifest record refers to</comment>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="311"/>
        <source>source</source>
        <comment>fragment: what a manifest record refers to</comment>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="312"/>
        <source>place</source>
        <comment>fragment: what a manifest record refers to</comment>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="313"/>
        <source>claim</source>
        <comment>fragment: what a manifest record refers to</comment>
        <translation>الادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="332"/>
        <source>Invalid manifest: a checklist step appears twice for the same scope.</source>
        <translation>البيان غير صالح: تظهر خطوة من قائمة التحقق مرتين للنطاق نفسه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="344"/>
        <source>Invalid manifest: evidence {id} is its own ancestor.</source>
        <translation>البيان غير صالح: الدليل {id} مشتق من نفسه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="353"/>
        <source>Invalid manifest: original {sha256} is listed twice.</source>
        <translation>البيان غير صالح: الملف الأصلي {sha256} مُدرَج مرتين.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="361"/>
        <source>Invalid manifest: {record} cites original {sha256}, which is not listed.</source>
        <translation>البيان غير صالح: يشير السجل {record} إلى الملف الأصلي {sha256}، وهو غير مُدرَج في القائمة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="369"/>
        <source>Invalid manifest: {record} gives original {sha256} a size of {size} bytes, the originals list {listed}.</source>
        <translation>البيان غير صالح: ينسب السجل {record} إلى الملف الأصلي {sha256} حجمًا قدره {size} بايت، بينما تذكر قائمة الملفات الأصلية {listed}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="382"/>
        <source>Invalid manifest: original {sha256} lists evidence that does not cite it, or omits some.</source>
        <translation>البيان غير صالح: يذكر الملف الأصلي {sha256} أدلةً لا تشير إليه، أو يُغفل بعضها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="397"/>
        <source>Invalid manifest: the custody log is empty; every case has at least one entry.</source>
        <translation>البيان غير صالح: سجل العهدة فارغ؛ لكل قضية قيد واحد على الأقل.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="403"/>
        <source>The bundle&apos;s custody log is broken at entry {seq}: {detail}. Nothing was imported.</source>
        <translation>سجل العهدة في الحزمة منقطع عند القيد {seq}: {detail}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="410"/>
        <source>Invalid manifest: two custody entries share one id.</source>
        <translation>البيان غير صالح: قيدان في سجل العهدة يحملان المعرِّف نفسه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="414"/>
        <source>The bundle&apos;s custody log does not hold: {detail}. Nothing was imported.</source>
        <translation>سجل العهدة في الحزمة لا يصمد أمام التحقق: {detail}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="450"/>
        <source>The manifest lies: {record} claims original {claimed_sha256}, but its custody entry recorded {logged_sha256}. Nothing was imported.</source>
        <translation>البيان مضلِّل: يدّعي السجل {record} الملف الأصلي {claimed_sha256}، لكن قيده في سجل العهدة دوَّن {logged_sha256}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/merge.py" line="98"/>
        <source>The bundle&apos;s {table} {id} already belongs to another case in this workspace; refusing to mix cases. Nothing was imported.</source>
        <translation>السجل {table} {id} في الحزمة يخص بالفعل قضية أخرى في مساحة العمل هذه؛ رُفض خلط القضايا. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/merge.py" line="167"/>
        <source>The bundle&apos;s custody log for this case shares no history with this workspace&apos;s log; it cannot be the same case. Nothing was imported.</source>
        <translation>لا يشترك سجل العهدة لهذه القضية في الحزمة في أي تاريخ مع سجل مساحة العمل هذه؛ لا يمكن أن تكون القضية نفسها. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/one_read.py" line="67"/>
        <source>Verifying {name}</source>
        <translation>جارٍ التحقق من {name}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/one_read.py" line="74"/>
        <source>Original {name!r} does not match the manifest: its content hashes to {actual_sha256}, the manifest records {sha256}. The bundle was damaged or altered. Nothing was imported.</source>
        <translation>الملف الأصلي {name!r} لا يطابق البيان: قيمة تجزئة محتواه {actual_sha256}، بينما يسجِّل البيان {sha256}. تعرّضت الحزمة للتلف أو التعديل. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/one_read.py" line="94"/>
        <source>the entries {first!r} and {second!r} share bytes (an overlapping-entries zip bomb)</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>المدخلان {first!r} و{second!r} يتشاركان بايتات (قنبلة ضغط بمدخلات متداخلة)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/one_read.py" line="213"/>
        <location filename="../../src/casedesk/bundle/one_read.py" line="315"/>
        <location filename="../../src/casedesk/bundle/reader.py" line="342"/>
        <location filename="../../src/casedesk/bundle/reader.py" line="356"/>
        <source>the archive ended early</source>
        <comment>fragment: why a bundle is damaged</comment>
        <translation>انتهى الأرشيف قبل أوانه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="46"/>
        <source>the entry {name!r} uses a backslash in its path (a Windows path trick)</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>يستخدم العنصر {name!r} شرطة مائلة عكسية في مساره (حيلة مسارات Windows)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="52"/>
        <source>the entry {name!r} has an absolute path</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>للعنصر {name!r} مسار مطلق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="56"/>
        <source>the entry {name!r} names a drive letter</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>يذكر العنصر {name!r} حرف محرك أقراص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="60"/>
        <source>the entry {name!r} climbs out of the bundle with &apos;..&apos;</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>يخرج العنصر {name!r} من الحزمة باستخدام &apos;..&apos;</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="66"/>
        <source>the entry {name!r} has control characters in its name</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>يحتوي اسم العنصر {name!r} على محارف تحكم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="79"/>
        <source>the entry {name!r} is a symbolic link</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>العنصر {name!r} رابط رمزي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="81"/>
        <source>the entry {name!r} is not a regular file</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>العنصر {name!r} ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="90"/>
        <source>Refused a hostile or damaged bundle: {problem}. Nothing was imported.</source>
        <translation>رُفضت حزمة معادية أو تالفة: {problem}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="97"/>
        <source>The bundle is damaged or truncated ({detail}). Nothing was imported.</source>
        <translation>الحزمة تالفة أو مبتورة ({detail}). لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="131"/>
        <source>Not a CaseDesk bundle: the file is neither a ZIP archive nor an encrypted bundle. Nothing was imported.</source>
        <translation>ليست هذه حزمة CaseDesk: الملف ليس أرشيف ZIP ولا حزمة مشفَّرة. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="155"/>
        <source>it has {count} entries, more than the limit of {limit}</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>عدد عناصرها {count}، وهو أكثر من الحد البالغ {limit}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="171"/>
        <source>the entry {name!r} appears twice</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>يظهر العنصر {name!r} مرتين</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="175"/>
        <source>the entry {name!r} is not part of the bundle format</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>العنصر {name!r} ليس جزءًا من صيغة الحزمة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="183"/>
        <source>the entry {name!r} uses ZIP encryption, which bundles never do</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>يستخدم العنصر {name!r} تشفير ZIP، وهو ما لا تستخدمه الحزم أبدًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="191"/>
        <source>the entry {name!r} uses an unsupported compression method</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>يستخدم العنصر {name!r} طريقة ضغط غير مدعومة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="200"/>
        <source>it has no manifest.json</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>لا تحتوي على الملف manifest.json</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="203"/>
        <source>it declares {size} bytes of content, more than the limit</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>تُعلن عن محتوى حجمه {size} بايت، وهو أكثر من الحد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="255"/>
        <source>it expands to more data than the limit allows (a zip bomb)</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>يتمدد محتواها عند فك الضغط إلى بيانات تتجاوز الحد المسموح به (قنبلة ضغط)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="269"/>
        <source>truncated local header of {name!r}</source>
        <comment>fragment: why a bundle is damaged</comment>
        <translation>الترويسة المحلية للعنصر {name!r} مبتورة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="278"/>
        <source>bad local header of {name!r}</source>
        <comment>fragment: why a bundle is damaged</comment>
        <translation>الترويسة المحلية للعنصر {name!r} غير صالحة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="288"/>
        <source>local and central names of {name!r} differ</source>
        <comment>fragment: why a bundle is damaged</comment>
        <translation>يختلف الاسمان المحلي والمركزي للعنصر {name!r}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="297"/>
        <source>{name!r} runs past the end of the archive</source>
        <comment>fragment: why a bundle is damaged</comment>
        <translation>يتجاوز العنصر {name!r} نهاية الأرشيف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="423"/>
        <source>The manifest lies: {name} holds {count} bytes, the manifest says {expected}. Nothing was imported.</source>
        <translation>البيان مضلِّل: يحتوي {name} على {count} بايت، بينما يذكر البيان {expected}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="437"/>
        <source>The manifest lies: {name} holds more than the {expected} bytes the manifest says. Nothing was imported.</source>
        <translation>البيان مضلِّل: يحتوي {name} على أكثر من {expected} بايت التي يذكرها البيان. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="446"/>
        <source>{name} is larger than the limit of {limit} bytes</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>حجم {name} يتجاوز الحد البالغ {limit} بايت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="456"/>
        <source>{name} expands more than {ratio} times (a zip bomb)</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>يتمدد {name} عند فك الضغط أكثر من {ratio} ضعفًا (قنبلة ضغط)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/schema.py" line="398"/>
        <source>Invalid manifest: {key} lists {record} twice.</source>
        <translation>البيان غير صالح: تذكر القائمة {key} السجل {record} مرتين.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/schema.py" line="407"/>
        <source>Invalid manifest: {where} lacks {fields}.</source>
        <translation>البيان غير صالح: الحقول {fields} غير موجودة في {where}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/schema.py" line="414"/>
        <source>Invalid manifest: {where} has unexpected field {fields}.</source>
        <translation>البيان غير صالح: يحتوي {where} على حقل غير متوقَّع {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/schema.py" line="419"/>
        <source>Invalid manifest: {key} must be a list.</source>
        <translation>البيان غير صالح: يجب أن يكون {key} قائمة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/signature.py" line="131"/>
        <source>unknown signature format</source>
        <comment>fragment: why a signature file is malformed</comment>
        <translation>صيغة توقيع غير معروفة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/signature.py" line="134"/>
        <source>unsupported algorithm {algorithm!r}</source>
        <comment>fragment: why a signature file is malformed</comment>
        <translation>خوارزمية غير مدعومة {algorithm!r}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/signature.py" line="145"/>
        <source>signer, fingerprint and manifest_sha256 must be text</source>
        <comment>fragment: why a signature file is malformed</comment>
        <translation>يجب أن تكون الحقول signer و fingerprint و manifest_sha256 نصوصًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/signature.py" line="152"/>
        <source>its signature file is malformed ({reason})</source>
        <comment>fragment: why a signature was refused</comment>
        <translation>ملف توقيعها مشوَّه البنية ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/signature.py" line="160"/>
        <source>the signature names a fingerprint that is not its key&apos;s</source>
        <comment>fragment: why a signature was refused</comment>
        <translation>يذكر التوقيع بصمة ليست بصمة مفتاحه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/signature.py" line="168"/>
        <source>the signature is over another manifest (the manifest was changed after signing)</source>
        <comment>fragment: why a signature was refused</comment>
        <translation>التوقيع محسوب على بيان آخر (عُدِّل البيان بعد التوقيع)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/signature.py" line="177"/>
        <source>the signature does not verify under the key it names ({fingerprint})</source>
        <comment>fragment: why a signature was refused</comment>
        <translation>لا يُتحقَّق من التوقيع بالمفتاح الذي يذكره ({fingerprint})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/signature.py" line="197"/>
        <source>Refused a bundle whose signature does not hold: {problem}. Nothing was imported.</source>
        <translation>رُفضت حزمة توقيعها غير صحيح: {problem}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/verify.py" line="50"/>
        <source>No bundle at {path}.</source>
        <translation>لا توجد حزمة في المسار {path}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/verify.py" line="53"/>
        <source>Cannot read the bundle {path}: {reason}.</source>
        <translation>تعذّرت قراءة الحزمة {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/verify.py" line="56"/>
        <source>{path} is a folder, not a bundle file.</source>
        <translation>المسار {path} مجلد وليس ملف حزمة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/verify.py" line="66"/>
        <source>The bundle is incomplete: original {sha256} ({name!r}) is listed in the manifest but missing from the archive. Nothing was imported.</source>
        <translation>الحزمة ناقصة: الملف الأصلي {sha256} ({name!r}) مُدرَج في البيان لكنه غير موجود في الأرشيف. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/verify.py" line="75"/>
        <source>The manifest lies: original {name!r} is {size} bytes in the manifest, {actual} in the archive. Nothing was imported.</source>
        <translation>البيان مضلِّل: حجم الملف الأصلي {name!r} في البيان {size} بايت، وفي الأرشيف {actual}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/verify.py" line="86"/>
        <source>it holds {entry}, which the manifest does not list</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>تحتوي على {entry}، وهو غير مُدرَج في البيان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/verify.py" line="164"/>
        <source>This bundle is encrypted; its passphrase is needed to import it.</source>
        <translation>هذه الحزمة مشفَّرة؛ يلزم إدخال عبارة المرور الخاصة بها لاستيرادها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/versions.py" line="104"/>
        <source>Invalid manifest: {where}.row_key does not name a {table} record.</source>
        <translation>البيان غير صالح: لا يشير {where}.row_key إلى سجل من نوع {table}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/versions.py" line="112"/>
        <source>Invalid manifest: {where} deletes the case record; cases are never deleted.</source>
        <translation>البيان غير صالح: يحذف {where} سجل القضية؛ لا تُحذف القضايا أبدًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/versions.py" line="129"/>
        <source>Invalid manifest: {where}.row_key does not name the record its data holds.</source>
        <translation>البيان غير صالح: لا يشير {where}.row_key إلى السجل الذي تحمله بياناته.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/versions.py" line="134"/>
        <source>Invalid manifest: {where} is a version of a record of another case.</source>
        <translation>البيان غير صالح: {where} نسخة من سجل يخص قضية أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/versions.py" line="145"/>
        <source>Invalid manifest: the history starts at entry {start}, which the custody log does not hold.</source>
        <translation>البيان غير صالح: يبدأ السجل التاريخي عند القيد {start}، وهو غير موجود في سجل العهدة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/versions.py" line="163"/>
        <source>Invalid manifest: {key} holds versions, but {start_key} is null.</source>
        <translation>البيان غير صالح: يحتوي {key} على نسخ، لكن قيمة {start_key} هي null.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/versions.py" line="178"/>
        <source>Invalid manifest: {where} is numbered with entry {seq}, outside the history the bundle carries (entries {start} to {head} of its custody log).</source>
        <translation>البيان غير صالح: يحمل {where} رقم القيد {seq}، وهو خارج السجل التاريخي الذي تحمله الحزمة (القيود من {start} إلى {head} من سجل العهدة).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/versions.py" line="189"/>
        <source>Invalid manifest: {where} is out of order (entry {seq} after {previous}).</source>
        <translation>البيان غير صالح: {where} خارج الترتيب (القيد {seq} بعد {previous}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/versions.py" line="204"/>
        <source>Invalid manifest: the history lacks the case&apos;s own record at its start (entry {start}).</source>
        <translation>البيان غير صالح: يفتقر السجل التاريخي إلى سجل القضية نفسها عند بدايته (القيد {start}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/writer.py" line="188"/>
        <source>Cannot export this case as it stands: {reason} Run casedesk verify.</source>
        <translation>تعذّر تصدير هذه القضية على حالتها الراهنة: {reason} شغِّل الأمر casedesk verify.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/writer.py" line="214"/>
        <source>Cannot export: the stored original {sha256} no longer matches its recorded hash and size. Run casedesk verify; the bundle was not written.</source>
        <translation>تعذّر التصدير: لم يعد الملف الأصلي المخزَّن {sha256} يطابق قيمة التجزئة والحجم المسجَّلين. شغِّل الأمر casedesk verify؛ لم تُكتب الحزمة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/writer.py" line="230"/>
        <source>Cannot export: the original {sha256} is missing from the evidence store. Run casedesk verify; the bundle was not written.</source>
        <translation>تعذّر التصدير: الملف الأصلي {sha256} مفقود من مخزن الأدلة. شغِّل الأمر casedesk verify؛ لم تُكتب الحزمة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/writer.py" line="320"/>
        <source>An empty passphrase protects nothing; choose a passphrase.</source>
        <translation>عبارة المرور الفارغة لا تحمي شيئًا؛ اختر عبارة مرور.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/writer.py" line="323"/>
        <source>{path} is a folder; name the bundle file to write.</source>
        <translation>المسار {path} مجلد؛ حدِّد اسم ملف الحزمة المراد كتابته.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/writer.py" line="325"/>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/drawing.py" line="76"/>
        <source>The reference bearing must be a number of degrees.</source>
        <translation>يجب أن يكون سمت الاتجاه المرجعي عددًا من الدرجات.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/drawing.py" line="78"/>
        <source>the object (base to top)</source>
        <translation>الجسم (من القاعدة إلى القمة)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/drawing.py" line="79"/>
        <source>the shadow (base to tip)</source>
        <translation>الظل (من القاعدة إلى الطرف)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/drawing.py" line="80"/>
        <source>the reference direction</source>
        <translation>الاتجاه المرجعي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/drawing.py" line="85"/>
        <source>The two points of {what} are too close together to give a direction.</source>
        <translation>نقطتا {what} متقاربتان جدًا فلا تحدّدان اتجاهًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/drawing.py" line="135"/>
        <source>The stored shadow drawing cannot be read.</source>
        <translation>تعذّرت قراءة رسم الظل المحفوظ.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="80"/>
        <location filename="../../src/casedesk/geo/shadows.py" line="83"/>
        <source>The last date {last} is before the first, {first}.</source>
        <translation>التاريخ الأخير {last} يسبق التاريخ الأول {first}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="83"/>
        <location filename="../../src/casedesk/geo/shadows.py" line="85"/>
        <source>Search at most {days} days at once.</source>
        <translation>ابحث في {days} يومًا على الأكثر في المرة الواحدة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="88"/>
        <location filename="../../src/casedesk/chrono/finding.py" line="90"/>
        <source>Searching {date}</source>
        <translation>البحث في يوم {date}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="112"/>
        <source>Chronolocation by shadow, drawn on the still in CaseDesk&apos;s viewer.</source>
        <translation>تحديد التوقيت بالظل، مرسومًا على الصورة الثابتة في عارض CaseDesk.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="113"/>
        <source>Place: {place} ({latitude}, {longitude}), time zone {zone}.</source>
        <translation>المكان: {place} ({latitude}، {longitude})، المنطقة الزمنية {zone}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="122"/>
        <source>Date searched (local): {date}.</source>
        <translation>التاريخ الذي جرى البحث فيه (بالتوقيت المحلي): {date}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="125"/>
        <source>Dates searched (local): {first} to {last}.</source>
        <translation>التواريخ التي جرى البحث فيها (بالتوقيت المحلي): من {first} إلى {last}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="132"/>
        <source>Shadow bearing {bearing:.1f}° from north (object&apos;s base to shadow&apos;s tip), drawn {angle:.1f}° clockwise from the reference line, whose bearing was given as {reference:.1f}°; tolerance ±{tolerance:.1f}°.</source>
        <translation>سمت الظل {bearing:.1f}° من الشمال (من قاعدة الجسم إلى طرف الظل)، مرسومًا على بُعد {angle:.1f}° باتجاه عقارب الساعة من الخط المرجعي الذي ذُكر أن سمته {reference:.1f}°؛ هامش التسامح ±{tolerance:.1f}°.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="144"/>
        <source>Length ratio (shadow / height) as drawn: {ratio:.2f}, approximate under perspective; matched within ±{percent:.0f}%.</source>
        <translation>نسبة الطول (الظل ÷ الارتفاع) كما رُسمت: {ratio:.2f}، وهي تقريبية بسبب المنظور؛ طوبقت ضمن ±{percent:.0f}%.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="153"/>
        <source>Length ratio (shadow / height) as drawn: {ratio:.2f}, approximate under perspective; not used in the search.</source>
        <translation>نسبة الطول (الظل ÷ الارتفاع) كما رُسمت: {ratio:.2f}، وهي تقريبية بسبب المنظور؛ لم تُستخدم في البحث.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="160"/>
        <source>Assumptions: the object is vertical and the ground roughly level; the picture&apos;s perspective is taken as the reference line&apos;s (the angle between the reference and the shadow on the picture is taken as their angle on the ground).</source>
        <translation>الافتراضات: الجسم عمودي والأرض مستوية تقريبًا؛ ويُعدّ منظور الصورة منظورَ الخط المرجعي (تُعدّ الزاوية بين المرجع والظل على الصورة زاويتهما على الأرض).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="167"/>
        <source>Method: sun positions by {sun}; time zone by {zones}; times sampled every 2 minutes and refined to the second.</source>
        <translation>المنهج: مواقع الشمس بواسطة {sun}؛ المنطقة الزمنية بواسطة {zones}؛ أوقات تُفحص كل دقيقتين ثم تُدقَّق حتى الثانية.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="175"/>
        <source>No time on these dates matches the drawn shadow within the tolerance.</source>
        <translation>لا يطابق أي وقت في هذه التواريخ الظلَّ المرسوم ضمن هامش التسامح.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/chrono/finding.py" line="177"/>
        <source>%n matching time window(s):</source>
        <translation>
            <numerusform>لا نافذة زمنية مطابقة (%n):</numerusform>
            <numerusform>نافذة زمنية مطابقة واحدة:</numerusform>
            <numerusform>نافذتان زمنيتان مطابقتان:</numerusform>
            <numerusform>%n نوافذ زمنية مطابقة:</numerusform>
            <numerusform>%n نافذة زمنية مطابقة:</numerusform>
            <numerusform>%n نافذة زمنية مطابقة:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="182"/>
        <source>{start} to {end} UTC (local {local_start} to {local_end}, {offset}); best match {best} UTC.</source>
        <translation>من {start} إلى {end} UTC (بالتوقيت المحلي من {local_start} إلى {local_end}، {offset})؛ أفضل تطابق عند {best} UTC.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="232"/>
        <source>The drawing is kept beside the original as annotation {id}.</source>
        <translation>يُحفظ الرسم بجانب الملف الأصلي بوصفه التعليق التوضيحي {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli.py" line="247"/>
        <source>interrupted; the workspace is consistent.</source>
        <translation>توقّف التنفيذ؛ مساحة العمل متّسقة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_access.py" line="28"/>
        <source>--write goes with --grant ROLE.</source>
        <translation>يُستخدم ‎--write مع ‎--grant ROLE.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_access.py" line="39"/>
        <source>Open to every role that may connect to the team database.</source>
        <translation>مفتوحة لكل دور مسموح له بالاتصال بقاعدة بيانات الفريق.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_access.py" line="42"/>
        <source>{role}: may read and change</source>
        <translation>{role}: يجوز له القراءة والتعديل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_access.py" line="44"/>
        <source>{role}: may read</source>
        <translation>{role}: يجوز له القراءة فقط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_cases.py" line="195"/>
        <source>{originals}, {entries}.</source>
        <translation>{originals}، {entries}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_cases.py" line="197"/>
        <source>%n originals re-hashed</source>
        <translation>
            <numerusform>لم يُعَد حساب قيمة التجزئة لأي ملف أصلي</numerusform>
            <numerusform>أُعيد حساب قيمة التجزئة لملف أصلي واحد</numerusform>
            <numerusform>أُعيد حساب قيمة التجزئة لملفين أصليين</numerusform>
            <numerusform>أُعيد حساب قيمة التجزئة لـ%n ملفات أصلية</numerusform>
            <numerusform>أُعيد حساب قيمة التجزئة لـ%n ملفًا أصليًا</numerusform>
            <numerusform>أُعيد حساب قيمة التجزئة لـ%n ملف أصلي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_cases.py" line="198"/>
        <source>%n custody entries checked</source>
        <translation>
            <numerusform>لم يُتحقَّق من أي قيد في سجل العهدة</numerusform>
            <numerusform>تُحقِّق من قيد واحد في سجل العهدة</numerusform>
            <numerusform>تُحقِّق من قيدين في سجل العهدة</numerusform>
            <numerusform>تُحقِّق من %n قيود في سجل العهدة</numerusform>
            <numerusform>تُحقِّق من %n قيدًا في سجل العهدة</numerusform>
            <numerusform>تُحقِّق من %n قيد في سجل العهدة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_cases.py" line="201"/>
        <source>OK: {counts}</source>
        <translation>كل شيء سليم: {counts}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_cases.py" line="203"/>
        <source>PROBLEMS FOUND: {counts}</source>
        <translation>وُجدت مشكلات: {counts}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_cases.py" line="236"/>
        <source>No matches.</source>
        <translation>لا نتائج.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_check.py" line="41"/>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="171"/>
        <source>No file at {path}.</source>
        <translation>لا يوجد ملف في {path}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_check.py" line="51"/>
        <source>--bundle goes with a report: casedesk check REPORT.pdf --bundle BUNDLE</source>
        <translation>يُستخدم الخيار --bundle مع تقرير: casedesk check REPORT.pdf --bundle BUNDLE</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_forensics.py" line="45"/>
        <source>{path} is the original itself; choose another file.</source>
        <translation>{path} هو الملف الأصلي نفسه؛ اختر ملفًا آخر.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_geo.py" line="82"/>
        <source>These options need --shadow-bearing: {options}.</source>
        <translation>هذه الخيارات تتطلب ‎--shadow-bearing: {options}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_keys.py" line="59"/>
        <source>Your signing key is protected by a passphrase; set {variable} or run this in a terminal to type it.</source>
        <translation>مفتاح التوقيع الخاص بك محمي بعبارة مرور؛ عيِّن المتغير {variable} أو شغِّل هذا الأمر في طرفية لكتابتها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_keys.py" line="100"/>
        <source>Say whose key this is with --name.</source>
        <translation>حدِّد صاحب هذا المفتاح بالخيار --name.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_keys.py" line="107"/>
        <source>No trusted key has the fingerprint {fingerprint}.</source>
        <translation>لا يوجد مفتاح موثوق بالبصمة {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_keys.py" line="140"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>تعذّرت قراءة {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_models.py" line="46"/>
        <source>added</source>
        <comment>fragment: what became of a speech model</comment>
        <translation>أُضيف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_models.py" line="48"/>
        <source>already in the workspace</source>
        <translation>موجود مسبقًا في مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_models.py" line="57"/>
        <source>No speech model yet: add one with `casedesk models add PATH`.</source>
        <translation>لا يوجد نموذج للتعرف على الكلام بعد: أضف نموذجًا بالأمر `casedesk models add PATH`.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_models.py" line="68"/>
        <source>removed</source>
        <comment>fragment: what became of a speech model</comment>
        <translation>حُذف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_models.py" line="75"/>
        <source>%n languages</source>
        <translation>
            <numerusform>لا لغات</numerusform>
            <numerusform>لغة واحدة</numerusform>
            <numerusform>لغتان</numerusform>
            <numerusform>%n لغات</numerusform>
            <numerusform>%n لغةً</numerusform>
            <numerusform>%n لغة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_models.py" line="75"/>
        <source>English only</source>
        <translation>الإنجليزية فقط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_pgp.py" line="40"/>
        <location filename="../../src/casedesk/core/ingest.py" line="101"/>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>تتعذّر قراءة المسار {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_records.py" line="322"/>
        <source>{command} needs one of: {verbs}</source>
        <translation>يحتاج الأمر {command} إلى أحد الأوامر الفرعية: {verbs}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="93"/>
        <source>Roles are made on a team workspace; a folder workspace is its owner&apos;s alone.</source>
        <translation>تُنشأ الأدوار في مساحة عمل الفريق؛ أما مساحة العمل في مجلد فهي لمالكها وحده.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="103"/>
        <source>Workspace ready: {workspace} (database {database}, schema {schema}; evidence store {store}). The custody log names you as {investigator}.</source>
        <translation>مساحة العمل جاهزة: {workspace} (قاعدة البيانات {database}، المخطط {schema}؛ مخزن الأدلة {store}). يسجّلك سجل العهدة باسم {investigator}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="117"/>
        <source>Role {role} made: it may connect. Open cases to it with: casedesk access CASE --grant {role}</source>
        <translation>أُنشئ الدور {role}: يمكنه الاتصال. افتح له القضايا بالأمر: casedesk access CASE --grant {role}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="123"/>
        <source>Role {role} was there already: left as it is.</source>
        <translation>الدور {role} موجود من قبل: تُرك كما هو.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="133"/>
        <source>Password for {role}: </source>
        <translation>كلمة مرور {role}: </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="134"/>
        <source>The same password again: </source>
        <translation>كلمة المرور نفسها مرة أخرى: </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="135"/>
        <source>The two passwords for {role} differ; no role was made.</source>
        <translation>كلمتا المرور المُدخلتان للدور {role} مختلفتان؛ لم يُنشأ أي دور.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="145"/>
        <source>The team workspace named by --to needs its evidence store too: add --store s3://BUCKET[/PREFIX].</source>
        <translation>تحتاج مساحة عمل الفريق المحدَّدة بـ ‎--to إلى مخزن أدلتها أيضًا: أضف ‎--store s3://BUCKET[/PREFIX]‎.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="180"/>
        <source>Nothing to carry: {target} already has everything of this case.</source>
        <translation>لا شيء يُنقل: لدى {target} كل ما في هذه القضية.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="184"/>
        <source>Checked out {title!r} to {target}.</source>
        <translation>أُخرجت القضية {title!r} إلى {target}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="187"/>
        <source>Checked out {title!r} again to {target}: merged with the copy there.</source>
        <translation>أُخرجت القضية {title!r} مجددًا إلى {target}: دُمجت مع النسخة الموجودة هناك.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="192"/>
        <source>Checked in {title!r} to {target}.</source>
        <translation>أُعيدت القضية {title!r} إلى {target}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="195"/>
        <source>Checked in {title!r} to {target}: merged into the case there.</source>
        <translation>أُعيدت القضية {title!r} إلى {target}: دُمجت في القضية الموجودة هناك.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="203"/>
        <source>{evidence} and {entries} added.</source>
        <translation>أُضيف {evidence} و{entries}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_team.py" line="205"/>
        <source>%n evidence item(s)</source>
        <comment>fragment: what a check-in added</comment>
        <translation>
            <numerusform>لا أدلة</numerusform>
            <numerusform>دليل واحد</numerusform>
            <numerusform>دليلان</numerusform>
            <numerusform>%n أدلة</numerusform>
            <numerusform>%n دليلًا</numerusform>
            <numerusform>%n دليل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_team.py" line="208"/>
        <source>%n custody entry(ies)</source>
        <comment>fragment: what a check-in added</comment>
        <translation>
            <numerusform>لا قيود في سجل العهدة</numerusform>
            <numerusform>قيد واحد في سجل العهدة</numerusform>
            <numerusform>قيدان في سجل العهدة</numerusform>
            <numerusform>%n قيود في سجل العهدة</numerusform>
            <numerusform>%n قيدًا في سجل العهدة</numerusform>
            <numerusform>%n قيد في سجل العهدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_team.py" line="215"/>
        <source>%n conflict(s): the value already there was kept; the other is kept where it came from and in its custody entries.</source>
        <translation>
            <numerusform>لا تعارض: احتُفظ بالقيمة الموجودة؛ وتبقى الأخرى حيث جاءت وفي قيودها في سجل العهدة.</numerusform>
            <numerusform>تعارض واحد: احتُفظ بالقيمة الموجودة؛ وتبقى الأخرى حيث جاءت وفي قيودها في سجل العهدة.</numerusform>
            <numerusform>تعارضان: احتُفظ بالقيمة الموجودة؛ وتبقى الأخرى حيث جاءت وفي قيودها في سجل العهدة.</numerusform>
            <numerusform>%n تعارضات: احتُفظ بالقيمة الموجودة؛ وتبقى الأخرى حيث جاءت وفي قيودها في سجل العهدة.</numerusform>
            <numerusform>%n تعارضًا: احتُفظ بالقيمة الموجودة؛ وتبقى الأخرى حيث جاءت وفي قيودها في سجل العهدة.</numerusform>
            <numerusform>%n تعارض: احتُفظ بالقيمة الموجودة؛ وتبقى الأخرى حيث جاءت وفي قيودها في سجل العهدة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="222"/>
        <source>warning: {warning}</source>
        <translation>تحذير: {warning}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="226"/>
        <source>conflict: {conflict}</source>
        <translation>تعارض: {conflict}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="242"/>
        <source>Copied {cases} and {originals} ({megabytes:.1f} MB) to {target}; {present} already there.</source>
        <translation>نُسخ {cases} و{originals} ({megabytes:.1f} ميغابايت) إلى {target}؛ {present} موجودة من قبل.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_team.py" line="244"/>
        <source>%n case(s)</source>
        <comment>fragment: what migrate copied</comment>
        <translation>
            <numerusform>لا قضايا</numerusform>
            <numerusform>قضية واحدة</numerusform>
            <numerusform>قضيتان</numerusform>
            <numerusform>%n قضايا</numerusform>
            <numerusform>%n قضية</numerusform>
            <numerusform>%n قضية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_team.py" line="245"/>
        <source>%n original(s)</source>
        <comment>fragment: what migrate copied</comment>
        <translation>
            <numerusform>لا ملفات أصلية</numerusform>
            <numerusform>ملف أصلي واحد</numerusform>
            <numerusform>ملفان أصليان</numerusform>
            <numerusform>%n ملفات أصلية</numerusform>
            <numerusform>%n ملفًا أصليًا</numerusform>
            <numerusform>%n ملف أصلي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_team.py" line="248"/>
        <source>%n case(s)</source>
        <comment>fragment: what migrate found already there</comment>
        <translation>
            <numerusform>لا قضايا</numerusform>
            <numerusform>قضية واحدة</numerusform>
            <numerusform>قضيتان</numerusform>
            <numerusform>%n قضايا</numerusform>
            <numerusform>%n قضية</numerusform>
            <numerusform>%n قضية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="260"/>
        <source>{id}  {title}: {entries}, last entry {head}</source>
        <translation>{id}  {title}: {entries}، آخر قيد {head}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_team.py" line="264"/>
        <source>%n custody entry(ies)</source>
        <comment>fragment: what migrate copied</comment>
        <translation>
            <numerusform>لا قيود في سجل العهدة</numerusform>
            <numerusform>قيد واحد في سجل العهدة</numerusform>
            <numerusform>قيدان في سجل العهدة</numerusform>
            <numerusform>%n قيود في سجل العهدة</numerusform>
            <numerusform>%n قيدًا في سجل العهدة</numerusform>
            <numerusform>%n قيد في سجل العهدة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="18"/>
        <source>argument {argument}: {problem}</source>
        <translation>الوسيط {argument}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="19"/>
        <source>the following arguments are required: {arguments}</source>
        <translation>الوسائط التالية مطلوبة: {arguments}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="20"/>
        <source>unrecognized arguments: {arguments}</source>
        <translation>وسائط غير معروفة: {arguments}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="21"/>
        <source>one of the arguments {arguments} is required</source>
        <translation>أحد الوسائط {arguments} مطلوب</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="22"/>
        <source>not allowed with argument {argument}</source>
        <translation>غير مسموح به مع الوسيط {argument}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="23"/>
        <source>ignored explicit argument {value}</source>
        <translation>تم تجاهل الوسيط الصريح {value}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="24"/>
        <source>expected one argument</source>
        <translation>يُتوقَّع وسيط واحد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="25"/>
        <source>expected at most one argument</source>
        <translation>يُتوقَّع وسيط واحد على الأكثر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="26"/>
        <source>expected at least one argument</source>
        <translation>يُتوقَّع وسيط واحد على الأقل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="27"/>
        <source>expected {count} argument</source>
        <translation>يُتوقَّع {count} وسيط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="28"/>
        <source>expected {count} arguments</source>
        <translation>يُتوقَّع {count} وسائط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="29"/>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>خيار ملتبس: {option} قد يطابق {matches}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="30"/>
        <source>unexpected option string: {option}</source>
        <translation>خيار غير متوقع: {option}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="32"/>
        <source>invalid {kind} value: {value}</source>
        <translation>قيمة {kind} غير صالحة: {value}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="33"/>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>اختيار غير صالح: {value} (اختر من بين {choices})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="34"/>
        <source>unknown parser {name} (choices: {choices})</source>
        <translation>أمر غير معروف {name} (الخيارات: {choices})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="40"/>
        <source>{command} needs one of: {choices}</source>
        <translation>يحتاج {command} إلى أحد الأوامر التالية: {choices}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="97"/>
        <source>Checklist item {number}: [{code}] is not a language code such as &apos;fr&apos;.</source>
        <translation>البند {number} في قائمة التحقق: [{code}] ليس رمز لغة مثل &apos;fr&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="108"/>
        <source>Checklist item {number}: &apos;{name}&apos; in [{code}] must be text.</source>
        <translation>البند {number} في قائمة التحقق: يجب أن يكون &apos;{name}&apos; في [{code}] نصًّا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="125"/>
        <source>Checklist template is not valid TOML: {reason}</source>
        <translation>قالب قائمة التحقق ليس بصيغة TOML صالحة: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="127"/>
        <source>Checklist template is nested too deeply to be a checklist.</source>
        <translation>قالب قائمة التحقق متداخل بعمق يفوق ما تحتمله قائمة تحقق.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="130"/>
        <source>Checklist template has no [[item]] entries.</source>
        <translation>لا يحتوي قالب قائمة التحقق على أي مُدخل [[item]].</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="135"/>
        <source>Checklist item {number} is not a table.</source>
        <translation>البند {number} في قائمة التحقق ليس جدولًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="141"/>
        <source>Checklist item {number} needs a text &apos;{name}&apos;.</source>
        <translation>يحتاج البند {number} في قائمة التحقق إلى نص &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="146"/>
        <source>Checklist item {number} has scope {scope!r}; use &apos;case&apos; or &apos;evidence&apos;.</source>
        <translation>نطاق البند {number} في قائمة التحقق هو {scope!r}؛ استخدم &apos;case&apos; أو &apos;evidence&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="153"/>
        <source>Checklist item key {key!r} appears twice.</source>
        <translation>يتكرر مفتاح البند {key!r} مرتين.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="158"/>
        <source>Checklist item {number}: &apos;phase&apos; and &apos;guidance&apos; must be text.</source>
        <translation>البند {number} في قائمة التحقق: يجب أن يكون &apos;phase&apos; و&apos;guidance&apos; نصَّين.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/custody.py" line="238"/>
        <source>entry {seq}: {detail}</source>
        <comment>a problem verify found in the custody log</comment>
        <translation>القيد {seq}: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/custody.py" line="256"/>
        <source>sequence jumps from {last} to {seq}</source>
        <translation>يقفز الترقيم من {last} إلى {seq}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/custody.py" line="263"/>
        <source>does not link to the previous entry (entry removed or reordered)</source>
        <translation>لا يرتبط بالقيد السابق (قيد محذوف أو مُعاد ترتيبه)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/custody.py" line="268"/>
        <source>content does not match its hash (entry edited)</source>
        <translation>المحتوى لا يطابق قيمة تجزئته (قيد معدَّل)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/db.py" line="45"/>
        <source>The disk holding {folder} is full; nothing was recorded. Free some space and try again.</source>
        <translation>القرص الذي يحتوي على {folder} ممتلئ؛ لم يُسجَّل شيء. أفرغ بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/db.py" line="50"/>
        <source>The workspace {folder} has been busy in another CaseDesk window or command for more than {seconds:.0f} s; nothing was recorded. Try again when it has finished.</source>
        <translation>مساحة العمل {folder} مشغولة في نافذة أو أمر آخر من CaseDesk منذ أكثر من {seconds:.0f} ثانية؛ لم يُسجَّل شيء. حاول مجددًا عند انتهائه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/db.py" line="57"/>
        <source>The workspace {folder} is read-only; nothing was recorded.</source>
        <translation>مساحة العمل {folder} للقراءة فقط؛ لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/db.py" line="58"/>
        <source>The workspace database {path} could not be written ({reason}); nothing was recorded.</source>
        <translation>تعذّرت الكتابة في قاعدة بيانات مساحة العمل {path} ({reason})؛ لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/db.py" line="173"/>
        <source>A workspace on this computer has no database role.</source>
        <translation>ليس لمساحة عمل على هذا الحاسوب دور في قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/db.py" line="202"/>
        <source>Cannot read the workspace database {path}: {reason}</source>
        <translation>تعذّرت قراءة قاعدة بيانات مساحة العمل {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/db.py" line="214"/>
        <source>The workspace database {path} was written by a newer version of CaseDesk (schema {schema}); this version knows schemas up to {head}. Update CaseDesk to open it. Nothing was changed.</source>
        <translation>كُتبت قاعدة بيانات مساحة العمل {path} بإصدار أحدث من CaseDesk (المخطط {schema})؛ يعرف هذا الإصدار المخططات حتى {head}. حدِّث CaseDesk لفتحها. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/db.py" line="250"/>
        <source>Too many backups of {name} in one second.</source>
        <translation>نُسخ احتياطية كثيرة جدًا من {name} في ثانية واحدة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/errors.py" line="46"/>
        <source>Cancelled.</source>
        <translation>تم الإلغاء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/ingest.py" line="95"/>
        <source>{path}: a broken symbolic link.</source>
        <translation>المسار {path} رابط رمزي معطوب.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/ingest.py" line="97"/>
        <source>{path}: not found.</source>
        <translation>المسار {path} غير موجود.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/ingest.py" line="106"/>
        <source>{path}: is a folder; add --recursive to take in its files.</source>
        <translation>المسار {path} مجلد؛ أضف الخيار --recursive لإضافة ملفاته.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/ingest.py" line="126"/>
        <source>{path}: not a regular file (device, socket or pipe); not read.</source>
        <translation>المسار {path} ليس ملفًا عاديًا (جهاز أو مقبس أو أنبوب)؛ لم يُقرأ.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/ingest.py" line="129"/>
        <source>{path}: permission denied.</source>
        <translation>لا يوجد إذن بقراءة {path}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/ingest.py" line="133"/>
        <source>Added through a symbolic link to {path}.</source>
        <translation>أُضيف عبر رابط رمزي إلى {path}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/ingest.py" line="264"/>
        <source>{path}: {reason}.</source>
        <translation>{path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/location.py" line="81"/>
        <source>{url}: a workspace is a folder or a PostgreSQL URL (postgresql://USER@HOST[:PORT]/DATABASE).</source>
        <translation>{url}: مساحة العمل مجلد أو عنوان URL لـ PostgreSQL ‏(postgresql://USER@HOST[:PORT]/DATABASE).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/location.py" line="88"/>
        <source>{url}: put the database password in PGPASSWORD or ~/.pgpass, not in the workspace URL (it would be shown and kept in places a password must not be).</source>
        <translation>{url}: ضع كلمة مرور قاعدة البيانات في PGPASSWORD أو ‎~/.pgpass، لا في عنوان مساحة العمل (لأنها ستُعرض وتُحفظ في أماكن لا يجوز أن تكون فيها كلمة مرور).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/location.py" line="100"/>
        <source>{url}: an evidence store is given as s3://BUCKET[/PREFIX].</source>
        <translation>{url}: يُحدَّد مخزن الأدلة بالصيغة s3://BUCKET[/PREFIX].</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/location.py" line="119"/>
        <source>A team workspace needs its evidence store too: add --store s3://BUCKET[/PREFIX] (or set CASEDESK_STORE).</source>
        <translation>تحتاج مساحة عمل الفريق إلى مخزن أدلتها أيضًا: أضف ‎--store s3://BUCKET[/PREFIX]‎ (أو اضبط CASEDESK_STORE).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/merged.py" line="137"/>
        <source>the carried entry {seq} does not match its hash</source>
        <translation>القيد المنقول {seq} لا يطابق قيمة تجزئته</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/merged.py" line="152"/>
        <source>the carried entry {seq} is named by no merge entry</source>
        <translation>القيد المنقول {seq} لا يذكره أي قيد دمج</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/merged.py" line="169"/>
        <location filename="../../src/casedesk/core/merged.py" line="181"/>
        <source>the recorded remote entry {seq} does not match its hash</source>
        <translation>القيد البعيد المسجَّل {seq} لا يطابق قيمة تجزئته</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/merged.py" line="175"/>
        <source>the recorded remote entry {seq} is missing from the carried entries</source>
        <translation>القيد البعيد المسجَّل {seq} غير موجود بين القيود المنقولة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="147"/>
        <source>The team database server {host}:{port} refused the password of {user}. Set the password the usual PostgreSQL way (PGPASSWORD, ~/.pgpass or a service file) and try again.</source>
        <translation>رفض خادم قاعدة بيانات الفريق {host}:{port} كلمة مرور {user}. اضبط كلمة المرور بالطريقة المعتادة في PostgreSQL ‏(PGPASSWORD أو ‎~/.pgpass أو ملف خدمة) ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="154"/>
        <source>The team database {database} does not exist on the server {host}:{port}. Ask its administrator to create it, or check the URL.</source>
        <translation>قاعدة بيانات الفريق {database} غير موجودة على الخادم {host}:{port}. اطلب من مسؤولها إنشاءها، أو تحقّق من العنوان.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="160"/>
        <source>The team database {database} on {host}:{port} does not let {user} do this (permission denied); nothing was recorded. Ask its administrator for access.</source>
        <translation>لا تسمح قاعدة بيانات الفريق {database} على {host}:{port} للمستخدم {user} بهذا (رُفض الإذن)؛ لم يُسجَّل شيء. اطلب الوصول من مسؤولها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="167"/>
        <source>The team database {database} on {host}:{port} is read-only for {user}; nothing was recorded.</source>
        <translation>قاعدة بيانات الفريق {database} على {host}:{port} للقراءة فقط بالنسبة إلى {user}؛ لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="173"/>
        <source>The team database server {host}:{port} is out of disk space; nothing was recorded. Tell its administrator.</source>
        <translation>نفدت مساحة القرص على خادم قاعدة بيانات الفريق {host}:{port}؛ لم يُسجَّل شيء. أبلغ مسؤوله.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="179"/>
        <source>The team database {database} was busy with another investigator&apos;s change; nothing was recorded. Try again.</source>
        <translation>كانت قاعدة بيانات الفريق {database} مشغولة بتعديل محقق آخر؛ لم يُسجَّل شيء. أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="185"/>
        <source>The team database server {host}:{port} did not answer within {seconds} s. Check the network and that the server is running.</source>
        <translation>لم يستجب خادم قاعدة بيانات الفريق {host}:{port} خلال {seconds} ثانية. تحقّق من الشبكة ومن أن الخادم يعمل.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="193"/>
        <source>Cannot reach the team database server {host}:{port} ({reason}). Check the network, the URL and that the server is running.</source>
        <translation>تعذّر الوصول إلى خادم قاعدة بيانات الفريق {host}:{port} ‏({reason}). تحقّق من الشبكة والعنوان ومن أن الخادم يعمل.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="200"/>
        <source>The connection to the team database server {host}:{port} was lost ({reason}); nothing was recorded. Try again.</source>
        <translation>انقطع الاتصال بخادم قاعدة بيانات الفريق {host}:{port} ‏({reason})؛ لم يُسجَّل شيء. أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="207"/>
        <source>The team database {database} on {host}:{port} could not be used ({reason}); nothing was recorded.</source>
        <translation>تعذّر استخدام قاعدة بيانات الفريق {database} على {host}:{port} ‏({reason})؛ لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/access.py" line="45"/>
        <location filename="../../src/casedesk/core/service/access.py" line="80"/>
        <source>Name the database role to grant, in at most 63 characters.</source>
        <translation>حدِّد دور قاعدة البيانات الذي يُمنح الوصول، في 63 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/access.py" line="49"/>
        <source>The team database has no role {role!r}.</source>
        <translation>لا يوجد في قاعدة بيانات الفريق دور باسم {role!r}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/access.py" line="70"/>
        <source>The role {role!r} was granted nothing on this case.</source>
        <translation>لم يُمنح الدور {role!r} أي وصول إلى هذه القضية.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/access.py" line="82"/>
        <source>The role {role!r} needs a password to log in with.</source>
        <translation>يحتاج الدور {role!r} إلى كلمة مرور ليتصل بها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/access.py" line="109"/>
        <source>The administrator&apos;s role may not make roles on this server: it needs CREATEROLE (ALTER ROLE … CREATEROLE, as a superuser).</source>
        <translation>لا يحق لدور المسؤول إنشاء أدوار على هذا الخادم: يلزمه CREATEROLE (ALTER ROLE … CREATEROLE، بصلاحية مستخدم فائق).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/access.py" line="126"/>
        <source>Access is granted on a team workspace; a folder workspace is its owner&apos;s alone.</source>
        <translation>يُمنح الوصول في مساحة عمل الفريق؛ أما مساحة العمل في مجلد فهي لمالكها وحده.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/access.py" line="131"/>
        <source>Only the workspace&apos;s administrator ({owner}) grants access to a case.</source>
        <translation>لا يمنح الوصول إلى قضية إلا مسؤول مساحة العمل ({owner}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/annotations.py" line="75"/>
        <location filename="../../src/casedesk/core/service/annotations.py" line="79"/>
        <source>An annotation&apos;s drawing must be a JSON object.</source>
        <translation>يجب أن يكون رسم التعليق التوضيحي كائن JSON.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/annotations.py" line="82"/>
        <source>An annotation&apos;s drawing is larger than {limit} KiB.</source>
        <translation>يتجاوز حجم رسم التعليق التوضيحي {limit} كيبيبايت.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/annotations.py" line="91"/>
        <source>An annotation&apos;s picture size must be whole numbers of pixels.</source>
        <translation>يجب أن تكون أبعاد صورة التعليق التوضيحي أعدادًا صحيحة من البكسلات.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/annotations.py" line="97"/>
        <location filename="../../src/casedesk/core/service/annotations.py" line="231"/>
        <source>No annotation with id {id}.</source>
        <translation>لا يوجد تعليق توضيحي بالمعرّف {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/annotations.py" line="130"/>
        <source>This item is in the trash: restore it before drawing on it.</source>
        <translation>هذا الدليل في سلة المهملات: استعِده قبل الرسم عليه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="62"/>
        <location filename="../../src/casedesk/core/service/exchange.py" line="255"/>
        <source>No case with id {id}.</source>
        <translation>لا توجد قضية بالمعرّف {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="63"/>
        <source>No evidence item with id {id}.</source>
        <translation>لا يوجد دليل بالمعرّف {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="64"/>
        <source>No source with id {id}.</source>
        <translation>لا يوجد مصدر بالمعرّف {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="65"/>
        <source>No claim with id {id}.</source>
        <translation>لا يوجد ادعاء بالمعرّف {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="66"/>
        <source>No place with id {id}.</source>
        <translation>لا يوجد مكان بالمعرّف {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="67"/>
        <source>No timeline event with id {id}.</source>
        <translation>لا يوجد حدث في الخط الزمني بالمعرّف {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="68"/>
        <source>No note with id {id}.</source>
        <translation>لا توجد ملاحظة بالمعرّف {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="69"/>
        <source>No checklist item with id {id}.</source>
        <translation>لا يوجد بند تحقق بالمعرّف {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="71"/>
        <source>No {what} with id {id}.</source>
        <translation>لا يوجد عنصر من نوع «{what}» بالمعرّف {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="77"/>
        <source>case</source>
        <comment>fragment: kind of object</comment>
        <translation>قضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="78"/>
        <source>evidence item</source>
        <comment>fragment: kind of object</comment>
        <translation>دليل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="79"/>
        <source>source</source>
        <comment>fragment: kind of object</comment>
        <translation>مصدر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="80"/>
        <source>claim</source>
        <comment>fragment: kind of object</comment>
        <translation>ادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="81"/>
        <source>place</source>
        <comment>fragment: kind of object</comment>
        <translation>مكان</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="82"/>
        <source>timeline event</source>
        <comment>fragment: kind of object</comment>
        <translation>حدث في الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="83"/>
        <source>note</source>
        <comment>fragment: kind of object</comment>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="84"/>
        <source>checklist item</source>
        <comment>fragment: kind of object</comment>
        <translation>بند تحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="172"/>
        <source>Cannot edit {fields} of a {what}.</source>
        <translation>لا يمكن تعديل {fields} في عنصر من نوع «{what}».</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="65"/>
        <location filename="../../src/casedesk/core/service/cases.py" line="96"/>
        <source>A case needs a title.</source>
        <translation>تحتاج القضية إلى عنوان.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="112"/>
        <source>A case cannot be related to itself.</source>
        <translation>لا يمكن ربط القضية بنفسها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="125"/>
        <source>These cases are not related.</source>
        <translation>هاتان القضيتان غير مرتبطتين.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="147"/>
        <source>Name a case by its id or the start of its title.</source>
        <translation>حدِّد القضية بمعرّفها أو ببداية عنوانها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="163"/>
        <source>No case matches {ref!r}.</source>
        <translation>لا توجد قضية تطابق {ref!r}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="166"/>
        <source>{ref!r} matches several cases: {names}. Give more of the title or the id.</source>
        <translation>تطابق {ref!r} عدة قضايا: {names}. أعطِ جزءًا أطول من العنوان أو المعرّف.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="248"/>
        <source>The case&apos;s custody log has entries 1 to {last}; there is no entry {seq}.</source>
        <translation>يضم سجل العهدة للقضية القيود من 1 إلى {last}؛ لا يوجد قيد رقمه {seq}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="272"/>
        <source>The case has no custody entry {seq}.</source>
        <translation>لا يوجد في سجل عهدة القضية قيد رقمه {seq}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="274"/>
        <source>Give at least six characters of an entry&apos;s hash, or its number.</source>
        <translation>أعطِ ستة محارف على الأقل من قيمة تجزئة القيد، أو رقمه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="287"/>
        <source>No custody entry of the case has a hash starting {ref!r}.</source>
        <translation>لا يوجد قيد في سجل عهدة القضية تبدأ قيمة تجزئته بـ{ref!r}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="289"/>
        <source>Several custody entries have hashes starting {ref!r}; give more of the hash.</source>
        <translation>تبدأ قيم تجزئة عدة قيود بـ{ref!r}؛ أعطِ جزءًا أطول من قيمة التجزئة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/claims.py" line="42"/>
        <location filename="../../src/casedesk/core/service/claims.py" line="69"/>
        <source>A claim needs its text.</source>
        <translation>يحتاج الادعاء إلى نصه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/claims.py" line="94"/>
        <location filename="../../src/casedesk/core/service/evidence.py" line="192"/>
        <location filename="../../src/casedesk/core/service/forensics.py" line="121"/>
        <location filename="../../src/casedesk/core/service/provenance.py" line="68"/>
        <location filename="../../src/casedesk/core/service/text.py" line="93"/>
        <source>Name at least one evidence item.</source>
        <translation>حدِّد دليلًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/claims.py" line="100"/>
        <source>Claim and evidence belong to different cases.</source>
        <translation>ينتمي الادعاء والدليل إلى قضيتين مختلفتين.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/claims.py" line="129"/>
        <source>This evidence is not linked to the claim.</source>
        <translation>هذا الدليل غير مربوط بالادعاء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/claims.py" line="137"/>
        <source>Claim and source belong to different cases.</source>
        <translation>ينتمي الادعاء والمصدر إلى قضيتين مختلفتين.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/claims.py" line="160"/>
        <source>This source is not linked to the claim.</source>
        <translation>هذا المصدر غير مربوط بالادعاء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/evidence.py" line="120"/>
        <source>Purging evidence needs a reason; it is written to the custody log.</source>
        <translation>يتطلّب الحذف النهائي للأدلة سببًا؛ يُدوَّن في سجل العهدة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/evidence.py" line="125"/>
        <source>Only evidence in the trash can be purged; move it to the trash first.</source>
        <translation>لا يُحذف نهائيًا إلا ما في سلة المهملات من أدلة؛ انقله إلى سلة المهملات أولًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/evidence.py" line="127"/>
        <source>Stills were extracted from this item; purge them first.</source>
        <translation>استُخرجت لقطات من هذا الدليل؛ احذفها نهائيًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/exchange.py" line="270"/>
        <source>{sha256!r} is not a SHA-256 in lower-case hex.</source>
        <translation>القيمة {sha256!r} ليست قيمة تجزئة SHA-256 بأحرف ست عشرية صغيرة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/exchange.py" line="275"/>
        <location filename="../../src/casedesk/core/service/metadata.py" line="71"/>
        <location filename="../../src/casedesk/core/store/s3.py" line="182"/>
        <location filename="../../src/casedesk/core/transfer.py" line="247"/>
        <source>The original {sha256} is missing from the evidence store.</source>
        <translation>الملف الأصلي {sha256} مفقود من مخزن الأدلة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/exchange.py" line="334"/>
        <source>The carried custody log is broken at entry {seq}.</source>
        <translation>سجل العهدة المنقول منقطع عند القيد {seq}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/exchange.py" line="354"/>
        <source>The original {sha256} is not in the evidence store: the workspace changed while the import was under way. Nothing was imported; import it again.</source>
        <translation>الملف الأصلي {sha256} غير موجود في مخزن الأدلة: تغيّرت مساحة العمل أثناء الاستيراد. لم يُستورد شيء؛ استورد الحزمة مجددًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/exchange.py" line="396"/>
        <source>The carried history starts at entry {start}, which the carried log lacks.</source>
        <translation>يبدأ السجل التاريخي المنقول عند القيد {start}، وهو غير موجود في السجل المنقول.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/exchange.py" line="404"/>
        <source>A carried record version names entry {seq}, outside the carried history.</source>
        <translation>تشير نسخة سجل منقولة إلى القيد {seq}، وهو خارج السجل التاريخي المنقول.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/exchange.py" line="408"/>
        <source>A carried record version of {table!r} is not a record&apos;s.</source>
        <translation>نسخة منقولة من {table!r} ليست نسخة سجل.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/exchange.py" line="423"/>
        <source>The carried custody entry {seq} does not match its hash.</source>
        <translation>قيد العهدة المنقول {seq} لا يطابق قيمة تجزئته.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/forensics.py" line="128"/>
        <source>Only still images (photos, scans, frames taken from footage) can be examined; not {names}.</source>
        <translation>لا يمكن فحص إلا الصور الثابتة (الصور الفوتوغرافية والمسوحات الضوئية واللقطات المأخوذة من المقاطع المصوّرة)؛ لا {names}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/intake.py" line="238"/>
        <source>{name!r} is not footage; stills come from video evidence.</source>
        <translation>الملف {name!r} ليس مقطع فيديو؛ تُستخرج اللقطات من أدلة الفيديو.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/intake.py" line="249"/>
        <source>--every needs a positive number of seconds.</source>
        <translation>يحتاج الخيار --every إلى عدد موجب من الثواني.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/intake.py" line="254"/>
        <location filename="../../src/casedesk/core/service/intake.py" line="263"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/intake.py" line="256"/>
        <source>Say which stills to take: a time offset, --every N or --keyframes.</source>
        <translation>حدِّد اللقطات المطلوب استخراجها: موضع زمني، أو --every N، أو --keyframes.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/integrity.py" line="130"/>
        <source>originals re-hashed</source>
        <translation>أُعيد حساب قيمة التجزئة للملفات الأصلية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="44"/>
        <source>Cannot look up a {kind} by id here.</source>
        <translation>لا يمكن البحث هنا عن عنصر من نوع «{kind}» بمعرّفه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="48"/>
        <source>Name the {what} by its id or the start of it.</source>
        <translation>حدِّد العنصر من نوع «{what}» بمعرّفه أو ببدايته.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="62"/>
        <source>No {what} in this case matches {ref!r}.</source>
        <translation>لا يوجد في هذه القضية عنصر من نوع «{what}» يطابق {ref!r}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="66"/>
        <source>{ref!r} matches several {what}: {names}, and more. Give more of the id.</source>
        <translation>تطابق {ref!r} أكثر من عنصر من {what}: {names}، وغيرها. أعطِ جزءًا أطول من المعرّف.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="73"/>
        <source>{ref!r} matches several {what}: {names}. Give more of the id.</source>
        <translation>تطابق {ref!r} أكثر من عنصر من {what}: {names}. أعطِ جزءًا أطول من المعرّف.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="84"/>
        <source>evidence items</source>
        <comment>fragment: kinds of object</comment>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="85"/>
        <source>sources</source>
        <comment>fragment: kinds of object</comment>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="86"/>
        <source>claims</source>
        <comment>fragment: kinds of object</comment>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="87"/>
        <source>places</source>
        <comment>fragment: kinds of object</comment>
        <translation>الأماكن</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="88"/>
        <source>timeline events</source>
        <comment>fragment: kinds of object</comment>
        <translation>أحداث الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="89"/>
        <source>notes</source>
        <comment>fragment: kinds of object</comment>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/proof_children.py" line="126"/>
        <source>{name!r} is not a ProofMode bundle.</source>
        <translation>الملف {name!r} ليس حزمة ProofMode.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/proof_children.py" line="153"/>
        <source>the entry {name!r} is not the size its header states</source>
        <translation>حجم المدخل {name!r} لا يطابق ما تذكره ترويسته</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/proof_children.py" line="157"/>
        <location filename="../../src/casedesk/core/service/wacz_children.py" line="219"/>
        <location filename="../../src/casedesk/provenance/wacz_media.py" line="236"/>
        <location filename="../../src/casedesk/provenance/wacz_records.py" line="145"/>
        <source>it read differently the second time</source>
        <translation>اختلفت نتيجة القراءة الثانية عن الأولى</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/proof_children.py" line="254"/>
        <location filename="../../src/casedesk/core/service/wacz_children.py" line="318"/>
        <source>Already in this case as {name!r}.</source>
        <translation>موجود أصلًا في هذه القضية باسم {name!r}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/proof_children.py" line="259"/>
        <source>{name}: {entry} was not taken from the ProofMode bundle: it is missing or over the limits ({limit} bytes a file).</source>
        <translation>{name}: لم يُستخرج {entry} من حزمة ProofMode: فهو غير موجود أو يتجاوز الحدود ({limit} بايت للملف الواحد).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/proof_children.py" line="269"/>
        <source>{name}: the media in the ProofMode bundle were not taken: {reason}.</source>
        <translation>{name}: لم تُستخرج الوسائط التي في حزمة ProofMode: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/signed.py" line="180"/>
        <location filename="../../src/casedesk/core/service/signed.py" line="188"/>
        <source>The signed capture was not read: {reason}</source>
        <translation>لم تُقرأ اللقطة الموقَّعة: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/signed.py" line="243"/>
        <source>Signed capture ({kind}): the {provider} signature does not hold: {reason}</source>
        <translation>لقطة موقَّعة ({kind}): توقيع {provider} غير صحيح: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/signed.py" line="252"/>
        <source>Signed capture ({kind}): the {provider} signature could not be checked: {reason}</source>
        <translation>لقطة موقَّعة ({kind}): تعذّر التحقق من توقيع {provider}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/signed.py" line="259"/>
        <source>Signed capture ({kind}): {problem}</source>
        <translation>لقطة موقَّعة ({kind}): {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/core/service/sources.py" line="28"/>
        <source>%n claim(s)</source>
        <comment>fragment: what cites a source</comment>
        <translation>
            <numerusform>لا ادعاءات</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%n ادعاءات</numerusform>
            <numerusform>%n ادعاءً</numerusform>
            <numerusform>%n ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/core/service/sources.py" line="29"/>
        <source>%n evidence item(s)</source>
        <comment>fragment: what cites a source</comment>
        <translation>
            <numerusform>لا أدلة</numerusform>
            <numerusform>دليل واحد</numerusform>
            <numerusform>دليلان</numerusform>
            <numerusform>%n أدلة</numerusform>
            <numerusform>%n دليلًا</numerusform>
            <numerusform>%n دليل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/sources.py" line="31"/>
        <source>{claims} and {items}</source>
        <comment>fragment: what cites a source</comment>
        <translation>{claims} و{items}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/sources.py" line="37"/>
        <source>The source {name!r} is still cited by {citing}; unlink it from them to remove it, or keep it.</source>
        <translation>ما زال المصدر {name!r} مذكورًا في {citing}؛ ألغِ ربطه بها لإزالته، أو أبقِه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/sources.py" line="58"/>
        <location filename="../../src/casedesk/core/service/sources.py" line="82"/>
        <source>A source needs a name.</source>
        <translation>يحتاج المصدر إلى اسم.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/sources.py" line="139"/>
        <source>A source cannot be merged with itself.</source>
        <translation>لا يمكن دمج المصدر مع نفسه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/sources.py" line="144"/>
        <source>Only sources of the same case can be merged.</source>
        <translation>لا يمكن دمج إلا مصادر القضية نفسها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/sources.py" line="146"/>
        <source>Restore a removed source before merging it.</source>
        <translation>استعد المصدر المُزال قبل دمجه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/sources.py" line="270"/>
        <source>These sources were not merged, or the merge was already undone.</source>
        <translation>لم يُدمج هذان المصدران، أو أُلغي دمجهما من قبل.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/speech.py" line="91"/>
        <source>Adding the model {path}</source>
        <translation>جارٍ إضافة النموذج {path}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/speech.py" line="149"/>
        <source>Only audio notes and footage with sound can be transcribed; not {name}.</source>
        <translation>لا يمكن التفريغ النصي إلا للملاحظات الصوتية ومقاطع الفيديو التي تتضمن صوتًا؛ وليس {name} منها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/speech.py" line="180"/>
        <source>{name} has no transcript to correct yet; transcribe it first.</source>
        <translation>لا يوجد بعدُ تفريغ نصي لـ {name} لتصحيحه؛ فرّغه نصيًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/speech.py" line="193"/>
        <source>The model {name} is damaged: its files cannot be read.</source>
        <translation>النموذج {name} تالف: تتعذّر قراءة ملفاته.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/text.py" line="106"/>
        <source>Text can only be recognised in still images (photos, scans, frames taken from footage) and PDF documents; not in {names}.</source>
        <translation>لا يمكن التعرّف على النص إلا في الصور الثابتة (الصور الفوتوغرافية والمسوح الضوئية واللقطات المأخوذة من المقاطع المصوّرة) ومستندات PDF؛ وليس في {names}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/timeline.py" line="45"/>
        <location filename="../../src/casedesk/core/service/timeline.py" line="61"/>
        <source>A place needs a name.</source>
        <translation>يحتاج المكان إلى اسم.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/timeline.py" line="76"/>
        <location filename="../../src/casedesk/core/service/timeline.py" line="101"/>
        <source>A timeline event needs a title.</source>
        <translation>يحتاج الحدث في الخط الزمني إلى عنوان.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/timeline.py" line="115"/>
        <source>A note needs some text.</source>
        <translation>تحتاج الملاحظة إلى نص.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/timeline.py" line="127"/>
        <source>A note needs some text; remove the note instead.</source>
        <translation>تحتاج الملاحظة إلى نص؛ أزِل الملاحظة بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/timeline.py" line="168"/>
        <source>{kind} is not a place, timeline event or note.</source>
        <translation>النوع {kind} ليس مكانًا ولا حدثًا في الخط الزمني ولا ملاحظة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/timeline.py" line="184"/>
        <source>That place belongs to another case.</source>
        <translation>ينتمي هذا المكان إلى قضية أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/wacz_children.py" line="104"/>
        <source>Reading the web archive {name}</source>
        <translation>قراءة أرشيف الويب {name}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/wacz_children.py" line="129"/>
        <source>{name!r} is not a web archive (WACZ).</source>
        <translation>الملف {name!r} ليس أرشيف ويب (WACZ).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/wacz_children.py" line="224"/>
        <source>Its WARC record&apos;s digests differ from its content: the web archive was altered.</source>
        <translation>لا تطابق ملخَّصاتُ سجلّ WARC الخاص به محتواه: لقد عُدِّل أرشيف الويب.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/wacz_children.py" line="323"/>
        <source>{name}: the media in the web archive were not taken: {reason}.</source>
        <translation>{name}: لم تُستخرج الوسائط التي في أرشيف الويب: {reason}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/core/service/wacz_children.py" line="332"/>
        <source>{name}: %n media file(s) in the web archive were not taken: each may hold at most {limit} bytes.</source>
        <translation>
            <numerusform>{name}: لم يُستثنَ أي ملف وسائط (%n) في أرشيف الويب من الاستخراج: الحد الأقصى لحجم الملف الواحد {limit} بايت.</numerusform>
            <numerusform>{name}: لم يُستخرج ملف وسائط (%n) من أرشيف الويب: الحد الأقصى لحجم الملف الواحد {limit} بايت.</numerusform>
            <numerusform>{name}: لم يُستخرج ملفا وسائط (%n) من أرشيف الويب: الحد الأقصى لحجم الملف الواحد {limit} بايت.</numerusform>
            <numerusform>{name}: لم تُستخرج %n ملفات وسائط من أرشيف الويب: الحد الأقصى لحجم الملف الواحد {limit} بايت.</numerusform>
            <numerusform>{name}: لم يُستخرج %n ملف وسائط من أرشيف الويب: الحد الأقصى لحجم الملف الواحد {limit} بايت.</numerusform>
            <numerusform>{name}: لم يُستخرج %n ملف وسائط من أرشيف الويب: الحد الأقصى لحجم الملف الواحد {limit} بايت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/core/service/wacz_children.py" line="341"/>
        <source>{name}: %n media file(s) in the web archive were not taken: at most {count} files and {size} bytes are taken from one archive.</source>
        <translation>
            <numerusform>{name}: لم يُستثنَ أي ملف وسائط (%n) في أرشيف الويب من الاستخراج: لا يُستخرج من الأرشيف الواحد أكثر من {count} من الملفات و{size} بايت.</numerusform>
            <numerusform>{name}: لم يُستخرج ملف وسائط (%n) من أرشيف الويب: لا يُستخرج من الأرشيف الواحد أكثر من {count} من الملفات و{size} بايت.</numerusform>
            <numerusform>{name}: لم يُستخرج ملفا وسائط (%n) من أرشيف الويب: لا يُستخرج من الأرشيف الواحد أكثر من {count} من الملفات و{size} بايت.</numerusform>
            <numerusform>{name}: لم تُستخرج %n ملفات وسائط من أرشيف الويب: لا يُستخرج من الأرشيف الواحد أكثر من {count} من الملفات و{size} بايت.</numerusform>
            <numerusform>{name}: لم يُستخرج %n ملف وسائط من أرشيف الويب: لا يُستخرج من الأرشيف الواحد أكثر من {count} من الملفات و{size} بايت.</numerusform>
            <numerusform>{name}: لم يُستخرج %n ملف وسائط من أرشيف الويب: لا يُستخرج من الأرشيف الواحد أكثر من {count} من الملفات و{size} بايت.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/staging.py" line="48"/>
        <source>Not enough free disk space to import: the originals need {needed:.0f} MB, {free:.0f} MB are free in {folder}. Nothing was imported.</source>
        <translation>لا توجد مساحة كافية على القرص للاستيراد: تحتاج الملفات الأصلية إلى {needed:.0f} ميغابايت، والمتاح في {folder} هو {free:.0f} ميغابايت. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/base.py" line="37"/>
        <source>original {sha256}: {damage}</source>
        <comment>a problem verify found in the store</comment>
        <translation>الملف الأصلي {sha256}: {damage}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/folder.py" line="139"/>
        <location filename="../../src/casedesk/core/store/folder.py" line="143"/>
        <location filename="../../src/casedesk/core/store/s3.py" line="208"/>
        <source>original file is missing from the store</source>
        <translation>الملف الأصلي مفقود من المخزن</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/folder.py" line="145"/>
        <location filename="../../src/casedesk/core/store/s3.py" line="212"/>
        <source>size is {actual} bytes, recorded {size}</source>
        <translation>الحجم {actual} بايت، والمسجَّل {size}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/folder.py" line="149"/>
        <location filename="../../src/casedesk/core/store/s3.py" line="218"/>
        <source>content hash is {actual_hash}, recorded {sha256}</source>
        <translation>قيمة تجزئة المحتوى {actual_hash}، والمسجَّلة {sha256}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3.py" line="57"/>
        <source>{url} is not an object store address: write s3://BUCKET or s3://BUCKET/PREFIX (a bucket name has 3 to 63 lower-case letters, digits, dots and hyphens).</source>
        <translation>{url} ليس عنوان مخزن كائنات: اكتب s3://BUCKET أو s3://BUCKET/PREFIX (يتكوّن اسم الحاوية من 3 إلى 63 حرفًا لاتينيًا صغيرًا وأرقامًا ونقاطًا وشرطات).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3.py" line="156"/>
        <source>The original {sha256} was removed from the object store while it was being stored. Add the file again.</source>
        <translation>أُزيل الملف الأصلي {sha256} من مخزن الكائنات أثناء حفظه. أضف الملف مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3.py" line="164"/>
        <source>The object store already holds the original {sha256} with {actual} bytes instead of {size}: its copy is damaged. Run casedesk verify and tell whoever runs the store.</source>
        <translation>يحوي مخزن الكائنات الملف الأصلي {sha256} بحجم {actual} بايت بدلًا من {size}: نسخته تالفة. شغِّل الأمر casedesk verify وأبلغ من يدير المخزن.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3.py" line="190"/>
        <source>The object store&apos;s copy of the original {sha256} is damaged (its content hash is {actual_hash}); it was not used. Run casedesk verify.</source>
        <translation>نسخة الملف الأصلي {sha256} في مخزن الكائنات تالفة (قيمة تجزئة محتواها {actual_hash})؛ لم تُستخدم. شغِّل الأمر casedesk verify.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3_errors.py" line="69"/>
        <source>No credentials for the object store of bucket {bucket}: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, as for any AWS tool.</source>
        <translation>لا توجد بيانات اعتماد لمخزن الكائنات للحاوية {bucket}: اضبط AWS_ACCESS_KEY_ID وAWS_SECRET_ACCESS_KEY، أو AWS_PROFILE، كما في أي أداة AWS.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3_errors.py" line="79"/>
        <source>The object store settings for bucket {bucket} are not usable ({reason}): check AWS_ENDPOINT_URL, AWS_PROFILE and the AWS configuration files.</source>
        <translation>إعدادات مخزن الكائنات للحاوية {bucket} غير صالحة للاستخدام ({reason}): تحقّق من AWS_ENDPOINT_URL وAWS_PROFILE وملفات إعداد AWS.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3_errors.py" line="88"/>
        <source>Cannot reach the object store at {endpoint} ({reason}). Check the network connection and AWS_ENDPOINT_URL; nothing was stored in bucket {bucket} by this request.</source>
        <translation>تعذّر الوصول إلى مخزن الكائنات في {endpoint} ‏({reason}). تحقّق من الاتصال بالشبكة ومن AWS_ENDPOINT_URL؛ لم يحفظ هذا الطلب شيئًا في الحاوية {bucket}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3_errors.py" line="99"/>
        <source>The object store at {endpoint} refused the credentials ({code}): check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE).</source>
        <translation>رفض مخزن الكائنات في {endpoint} بيانات الاعتماد ({code}): تحقّق من AWS_ACCESS_KEY_ID وAWS_SECRET_ACCESS_KEY (أو AWS_PROFILE).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3_errors.py" line="108"/>
        <source>The bucket {bucket} does not exist at {endpoint}: correct the store&apos;s address, or create the bucket first (casedesk init does).</source>
        <translation>الحاوية {bucket} غير موجودة في {endpoint}: صحّح عنوان المخزن، أو أنشئ الحاوية أولًا (يفعل ذلك الأمر casedesk init).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3_errors.py" line="117"/>
        <source>These credentials may not write to bucket {bucket} at {endpoint} (they are read-only there): use an access key allowed to write, or open the workspace only to read.</source>
        <translation>لا يجوز لبيانات الاعتماد هذه الكتابة في الحاوية {bucket} في {endpoint} (فهي للقراءة فقط هناك): استخدم مفتاح وصول مسموحًا له بالكتابة، أو افتح مساحة العمل للقراءة فقط.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3_errors.py" line="126"/>
        <source>These credentials may not read bucket {bucket} at {endpoint}: use an access key allowed to list and read it.</source>
        <translation>لا يجوز لبيانات الاعتماد هذه قراءة الحاوية {bucket} في {endpoint}: استخدم مفتاح وصول مسموحًا له بسرد محتواها وقراءتها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3_errors.py" line="135"/>
        <source>The object store at {endpoint} failed a request for bucket {bucket}: {detail}. Try again later; if it persists, ask whoever runs the store.</source>
        <translation>أخفق مخزن الكائنات في {endpoint} في تنفيذ طلب للحاوية {bucket}: {detail}. أعد المحاولة لاحقًا؛ وإن استمر ذلك فاسأل من يدير المخزن.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/timeutil.py" line="60"/>
        <source>Unknown time zone {zone!r}</source>
        <translation>منطقة زمنية غير معروفة: {zone!r}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/timeutil.py" line="142"/>
        <source>Not a partial time: {text!r}</source>
        <translation>ليس تاريخًا جزئيًا: {text!r}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/timeutil.py" line="167"/>
        <source>Not a date: {text!r} ({reason})</source>
        <translation>ليس تاريخًا: {text!r} ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/timeutil.py" line="170"/>
        <source>Not a date: {text!r}. Use YYYY, YYYY-MM, YYYY-MM-DD or &apos;YYYY-MM-DD HH:MM ZONE&apos;.</source>
        <translation>ليس تاريخًا: {text!r}. استخدم YYYY أو YYYY-MM أو YYYY-MM-DD أو &apos;YYYY-MM-DD HH:MM ZONE&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/transfer.py" line="225"/>
        <source>The original {sha256} does not match its recorded hash and size in the workspace being copied; it was not copied. Run casedesk verify there.</source>
        <translation>لا يطابق الملف الأصلي {sha256} قيمة التجزئة والحجم المسجّلين في مساحة العمل التي تُنسخ؛ لم يُنسخ. شغِّل الأمر casedesk verify هناك.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/transfer.py" line="253"/>
        <source>The original {sha256} arrived altered in the target store ({found}); the copy stopped.</source>
        <translation>وصل الملف الأصلي {sha256} معدَّلًا إلى المخزن الهدف ({found})؛ توقّف النسخ.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/transfer.py" line="322"/>
        <source>The case {title!r} could not be copied: the target refused its rows ({reason}). The cases copied before it are complete there.</source>
        <translation>تعذّر نسخ القضية {title!r}: رفض الهدف سجلاتها ({reason}). القضايا التي نُسخت قبلها مكتملة هناك.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/transfer.py" line="382"/>
        <source>The workspace would be copied onto itself; name another with --to.</source>
        <translation>ستُنسخ مساحة العمل إلى نفسها؛ حدِّد مساحة أخرى باستخدام ‎--to.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/transfer.py" line="390"/>
        <source>{target} already holds {cases} with a different custody log; nothing was copied. Carry the changes with checkin, or migrate into another workspace.</source>
        <translation>يحوي {target} بالفعل {cases} بسجل عهدة مختلف؛ لم يُنسخ شيء. انقل التغييرات باستخدام checkin، أو انقل إلى مساحة عمل أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/transfer.py" line="422"/>
        <source>After copying, the custody log of {title!r} on the target does not end at the source&apos;s last entry; run casedesk verify on both.</source>
        <translation>بعد النسخ، لا ينتهي سجل العهدة للقضية {title!r} في الهدف عند آخر قيد في المصدر؛ شغِّل الأمر casedesk verify في الجهتين.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="123"/>
        <source>{value!r} is not a {what}; use one of: {choices}.</source>
        <translation>القيمة {value!r} ليست من قيم {what}؛ استخدم إحدى القيم: {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="129"/>
        <source>case status</source>
        <comment>fragment: a kind of choice</comment>
        <translation>حالة القضية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="130"/>
        <source>claim status</source>
        <comment>fragment: a kind of choice</comment>
        <translation>حالة الادعاء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="131"/>
        <source>checklist state</source>
        <comment>fragment: a kind of choice</comment>
        <translation>حالة بند التحقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="132"/>
        <source>stance</source>
        <comment>fragment: a kind of choice</comment>
        <translation>الموقف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="133"/>
        <source>annotation kind</source>
        <comment>fragment: a kind of choice</comment>
        <translation>نوع التعليق التوضيحي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="140"/>
        <source>{value!r} is not an Admiralty reliability grade; use A to F.</source>
        <translation>القيمة {value!r} ليست درجة موثوقية وفق مقياس الأميرالية؛ استخدم حرفًا من A إلى F.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="146"/>
        <source>{value!r} is not an information credibility; use 1 to 6.</source>
        <translation>القيمة {value!r} ليست درجة مصداقية للمعلومة؛ استخدم رقمًا من 1 إلى 6.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="152"/>
        <source>Latitude {lat} is outside -90..90.</source>
        <translation>خط العرض {lat} خارج النطاق -90..90.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="154"/>
        <source>Longitude {lon} is outside -180..180.</source>
        <translation>خط الطول {lon} خارج النطاق -180..180.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/workspace.py" line="50"/>
        <source>Cannot create the workspace folder {folder}: {reason}.</source>
        <translation>تعذّر إنشاء مجلد مساحة العمل {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/workspace.py" line="55"/>
        <source>The workspace {folder} is not a folder.</source>
        <translation>مساحة العمل {folder} ليست مجلدًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/workspace.py" line="68"/>
        <source>Cannot prepare the workspace in {folder}: {reason}.</source>
        <translation>تعذّر تجهيز مساحة العمل في {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/workspace.py" line="90"/>
        <source>The workspace {folder} is read-only ({reason}). CaseDesk needs to write its database and evidence store there; choose another folder with --workspace or make this one writable.</source>
        <translation>مساحة العمل {folder} للقراءة فقط ({reason}). يحتاج CaseDesk إلى كتابة قاعدة بياناته ومخزن الأدلة فيها؛ اختر مجلدًا آخر بالخيار --workspace أو اجعل هذا المجلد قابلًا للكتابة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/forensics/source.py" line="62"/>
        <source>{name} claims {width}x{height} pixels, above the {limit:g} megapixel limit; not examined.</source>
        <translation>يعلن {name} عن {width}x{height} بكسل، وهو ما يتجاوز حد {limit:g} ميغابكسل؛ لم يُفحص.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/forensics/source.py" line="79"/>
        <location filename="../../src/casedesk/provenance/capture.py" line="275"/>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="163"/>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="416"/>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="95"/>
        <source>{name} could not be read ({reason}).</source>
        <translation>تعذّرت قراءة {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/forensics/source.py" line="84"/>
        <source>{name} holds {content}, not a still image; only stills can be examined.</source>
        <translation>يحتوي {name} على {content} وليس على صورة ثابتة؛ لا يمكن فحص سوى الصور الثابتة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/forensics/source.py" line="101"/>
        <source>{name} is above the image decoder&apos;s safety limit ({reason}); not examined.</source>
        <translation>يتجاوز {name} حدّ الأمان لمفكّك ترميز الصور ({reason})؛ لم يُفحص.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/forensics/source.py" line="109"/>
        <source>The {content} in {name} could not be decoded ({reason}); not examined.</source>
        <translation>تعذّر فك ترميز المحتوى ({content}) في {name} ({reason})؛ لم يُفحص.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/forensics/source.py" line="125"/>
        <source>{name} has no pixels ({width}x{height}).</source>
        <translation>لا يحتوي {name} على أي بكسل ({width}x{height}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/earth.py" line="36"/>
        <source>The elevation {elevation} m is not between -500 and 9000 m.</source>
        <translation>الارتفاع {elevation} م ليس بين ‎-500 و9000 م.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/earth.py" line="43"/>
        <source>The latitude {latitude} is not between -90 and 90.</source>
        <translation>خط العرض {latitude} ليس بين ‎-90 و90.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/earth.py" line="45"/>
        <source>The longitude {longitude} is not between -180 and 180.</source>
        <translation>خط الطول {longitude} ليس بين ‎-180 و180.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/moments.py" line="37"/>
        <source>Unknown time zone {zone}: give an IANA name such as Africa/Bamako.</source>
        <translation>منطقة زمنية غير معروفة {zone}: اذكر اسمًا من أسماء IANA مثل Africa/Bamako.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/moments.py" line="49"/>
        <source>{time} is not an ISO 8601 time such as 2024-06-01T14:00+00:00.</source>
        <translation>{time} ليس وقتًا بصيغة ISO 8601 مثل 2024-06-01T14:00+00:00.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/moments.py" line="53"/>
        <source>{time} is a date: give a time of day too, or --shadow-bearing to search the date.</source>
        <translation>{time} تاريخ فقط: اذكر ساعة من اليوم أيضًا، أو استخدم ‎--shadow-bearing للبحث في هذا التاريخ.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/moments.py" line="61"/>
        <source>The offset of {time} is not that of {zone} at that time.</source>
        <translation>فارق التوقيت في {time} لا يطابق فارق المنطقة الزمنية {zone} في ذلك الوقت.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/moments.py" line="66"/>
        <source>{time} has no time zone: add an offset (2024-06-01T14:00+00:00) or a zone name (2024-06-01T14:00 Africa/Bamako), or give --zone.</source>
        <translation>الوقت {time} بلا منطقة زمنية: أضف فارق التوقيت (2024-06-01T14:00+00:00) أو اسم المنطقة الزمنية (2024-06-01T14:00 Africa/Bamako)، أو استخدم ‎--zone.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/moments.py" line="80"/>
        <source>{date} is not a date such as 2024-06-01.</source>
        <translation>{date} ليس تاريخًا مثل 2024-06-01.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/moments.py" line="100"/>
        <source>{time} does not exist there: the clocks skipped it.</source>
        <translation>الوقت {time} غير موجود في ذلك المكان: قفزت الساعات فوقه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/moments.py" line="101"/>
        <source>{time} happened twice there (the clocks went back): give the offset.</source>
        <translation>الوقت {time} تكرّر مرتين في ذلك المكان (أُرجعت الساعات إلى الوراء): اذكر فارق التوقيت.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/shadows.py" line="39"/>
        <source>The shadow bearing must be a number of degrees.</source>
        <translation>يجب أن يكون سمت الظل عددًا من الدرجات.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/shadows.py" line="42"/>
        <source>The tolerance {tolerance}° is not between 0 and 90°.</source>
        <translation>هامش التسامح {tolerance}° ليس بين 0 و90°.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/shadows.py" line="46"/>
        <source>The shadow ratio {ratio} is not a positive number (shadow length / height).</source>
        <translation>نسبة الظل {ratio} ليست عددًا موجبًا (طول الظل ÷ الارتفاع).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/shadows.py" line="53"/>
        <source>The ratio tolerance {tolerance} is not between 0 and 1 (0.1 is ±10%).</source>
        <translation>هامش التسامح في النسبة {tolerance} ليس بين 0 و1 (‏0.1 تعني ±10%).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/sun.py" line="79"/>
        <source>The time {time} has no time zone.</source>
        <translation>الوقت {time} بلا منطقة زمنية.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/sun.py" line="83"/>
        <source>The sun is computed for the years {first} to {last} only; {year} is outside them.</source>
        <translation>لا يُحسب موقع الشمس إلا للسنوات من {first} إلى {last}؛ والسنة {year} خارجها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="101"/>
        <source>The file is {missing} bytes shorter than its RIFF header declares; it is probably truncated.</source>
        <translation>الملف أقصر بـ{missing} بايت مما تعلنه ترويسة RIFF الخاصة به؛ والأرجح أنه مبتور.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="114"/>
        <source>The {content} could not be opened: {reason}.</source>
        <translation>تعذّر فتح المحتوى ({content}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="173"/>
        <source>The file contains no audio or video stream.</source>
        <translation>لا يحتوي الملف على أي دفق صوت أو فيديو.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="231"/>
        <source>Video claims {width}x{height} pixel frames, above the {limit:g} megapixel limit; frames not decoded.</source>
        <translation>يعلن الفيديو عن إطارات بحجم {width}x{height} بكسل، وهو ما يتجاوز حد {limit:g} ميغابكسل؛ لم يُفكّ ترميز الإطارات.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="253"/>
        <source>The poster frame could not be converted to a picture ({reason}).</source>
        <translation>تعذّر تحويل الإطار التمثيلي إلى صورة ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="286"/>
        <source>The waveform covers only the first {seconds:.1f} s; decoding stopped at the time limit.</source>
        <translation>لا يغطي شكل الموجة إلا أول {seconds:.1f} ثانية؛ توقّف فك الترميز عند الحد الزمني.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="301"/>
        <source>The file contains no {stream} data.</source>
        <translation>لا يحتوي الملف على أي بيانات {stream}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="306"/>
        <source>Reading the {stream} data stopped with an error at {seconds:.1f} s ({reason}); the file may be damaged.</source>
        <translation>توقّفت قراءة بيانات {stream} بخطأ عند {seconds:.1f} ثانية ({reason})؛ قد يكون الملف تالفًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="314"/>
        <source>Reading the {stream} data stopped with an error ({reason}); the file may be damaged.</source>
        <translation>توقّفت قراءة بيانات {stream} بخطأ ({reason})؛ قد يكون الملف تالفًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="330"/>
        <source>The {stream} data ends at {seconds:.1f} s although the file declares {declared:.1f} s; the file is probably truncated.</source>
        <translation>تنتهي بيانات {stream} عند {seconds:.1f} ثانية مع أن الملف يعلن {declared:.1f} ثانية؛ والأرجح أنه مبتور.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="344"/>
        <source>1 {stream} packet is flagged as corrupt (damaged or cut short).</source>
        <translation>رزمة {stream} واحدة مُعلَّمة بأنها فاسدة (تالفة أو مبتورة).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/media/avprobe.py" line="346"/>
        <source>%n {stream} packets are flagged as corrupt (damaged or cut short).</source>
        <translation>
            <numerusform>لا توجد رزم {stream} مُعلَّمة بأنها فاسدة (تالفة أو مبتورة).</numerusform>
            <numerusform>رزمة {stream} واحدة مُعلَّمة بأنها فاسدة (تالفة أو مبتورة).</numerusform>
            <numerusform>رزمتا {stream} مُعلَّمتان بأنهما فاسدتان (تالفتان أو مبتورتان).</numerusform>
            <numerusform>%n رزم {stream} مُعلَّمة بأنها فاسدة (تالفة أو مبتورة).</numerusform>
            <numerusform>%n رزمةً {stream} مُعلَّمة بأنها فاسدة (تالفة أو مبتورة).</numerusform>
            <numerusform>%n رزمة {stream} مُعلَّمة بأنها فاسدة (تالفة أو مبتورة).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="353"/>
        <source>no decodable data</source>
        <comment>fragment: why no frame was decoded</comment>
        <translation>لا بيانات قابلة لفك الترميز</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="355"/>
        <source>No {stream} frame could be decoded ({reason}).</source>
        <translation>تعذّر فك ترميز أي إطار {stream} ({reason}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/media/avprobe.py" line="361"/>
        <source>%n {stream} packets could not be decoded ({reason}).</source>
        <translation>
            <numerusform>لا رزم {stream} تعذّر فك ترميزها ({reason}).</numerusform>
            <numerusform>تعذّر فك ترميز رزمة {stream} واحدة ({reason}).</numerusform>
            <numerusform>تعذّر فك ترميز رزمتَي {stream} ({reason}).</numerusform>
            <numerusform>تعذّر فك ترميز %n رزم {stream} ({reason}).</numerusform>
            <numerusform>تعذّر فك ترميز %n رزمةً {stream} ({reason}).</numerusform>
            <numerusform>تعذّر فك ترميز %n رزمة {stream} ({reason}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="373"/>
        <source>The integrity check stopped after {seconds:g} s (time limit); the rest of the file was not checked.</source>
        <translation>توقّف فحص السلامة بعد {seconds:g} ثانية (الحد الزمني)؛ لم يُفحص باقي الملف.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="384"/>
        <source>video</source>
        <comment>fragment: kind of stream</comment>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="385"/>
        <source>audio</source>
        <comment>fragment: kind of stream</comment>
        <translation>صوت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avtags.py" line="69"/>
        <source>Container tag {tag} {value!r} is not a valid date and time; ignored.</source>
        <translation>وسم الحاوية {tag} ذو القيمة {value!r} ليس تاريخًا ووقتًا صالحين؛ تم تجاهله.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avtags.py" line="79"/>
        <source>Container creation time {value!r} looks like an unset placeholder; ignored.</source>
        <translation>يبدو وقت إنشاء الحاوية {value!r} قيمة افتراضية لم تُضبط؛ تم تجاهله.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avtags.py" line="118"/>
        <source>Container location {value!r} is not in ISO 6709 form; location ignored.</source>
        <translation>الموقع المسجَّل في الحاوية {value!r} ليس بصيغة ISO 6709؛ تم تجاهل الموقع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avtags.py" line="127"/>
        <source>Container location {value!r} is outside valid latitude/longitude; location ignored.</source>
        <translation>الموقع المسجَّل في الحاوية {value!r} خارج نطاق خطوط العرض والطول الصالحة؛ تم تجاهل الموقع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avtags.py" line="137"/>
        <source>Container location is exactly 0°, 0°, which usually means the device had no fix; location ignored.</source>
        <translation>الموقع المسجَّل في الحاوية هو 0°، 0° بالضبط، وهو ما يعني عادةً أن الجهاز لم يحدِّد موقعه؛ تم تجاهل الموقع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/documents.py" line="29"/>
        <source>The PDF could not be parsed: {reason}.</source>
        <translation>تعذّر تحليل ملف PDF: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/documents.py" line="48"/>
        <source>The PDF is password-protected; page count and title are unavailable.</source>
        <translation>ملف PDF محمي بكلمة مرور؛ عدد الصفحات والعنوان غير متاحين.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/documents.py" line="55"/>
        <source>The PDF page tree could not be read: {reason}.</source>
        <translation>تعذّرت قراءة شجرة صفحات ملف PDF: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/documents.py" line="65"/>
        <source>The PDF document information could not be read: {reason}.</source>
        <translation>تعذّرت قراءة معلومات مستند PDF: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="27"/>
        <source>No EXIF metadata: capture time, camera and location are absent (often stripped by the platform).</source>
        <translation>لا توجد بيانات وصفية EXIF: وقت الالتقاط والكاميرا والموقع غائبة (تحذفها المنصة غالبًا).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="66"/>
        <source>built-in EXIF reader (exiftool is not installed: XMP, IPTC and maker notes not read)</source>
        <translation>قارئ EXIF المدمج (exiftool غير مثبّت: لم تُقرأ بيانات XMP وIPTC وملاحظات الصانع)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="74"/>
        <source>exiftool could not read the file ({reason}); the built-in EXIF reader was used.</source>
        <translation>تعذّر على exiftool قراءة الملف ({reason})؛ استُخدم قارئ EXIF المدمج.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="80"/>
        <source>built-in EXIF reader (exiftool failed)</source>
        <translation>قارئ EXIF المدمج (تعذّر تشغيل exiftool)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="94"/>
        <source>container tags only (exiftool is not installed)</source>
        <translation>وسوم الحاوية فقط (exiftool غير مثبّت)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="100"/>
        <source>exiftool could not read the file ({reason}).</source>
        <translation>تعذّر على exiftool قراءة الملف ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="153"/>
        <source>The EXIF block is corrupt and could not be read ({reason}).</source>
        <translation>كتلة EXIF فاسدة وتعذّرت قراءتها ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="183"/>
        <source>An EXIF sub-directory is corrupt and was skipped ({reason}).</source>
        <translation>قسم فرعي في EXIF فاسد وتم تخطيه ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="235"/>
        <source>EXIF Orientation value {value} is not valid (expected 1 to 8); ignored.</source>
        <translation>قيمة الاتجاه {value} في EXIF غير صالحة (المتوقع من 1 إلى 8)؛ تم تجاهلها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="258"/>
        <source>EXIF {tag} {value!r} is not a valid date and time; capture time left empty.</source>
        <translation>قيمة EXIF {tag} {value!r} ليست تاريخًا ووقتًا صالحين؛ تُرك وقت الالتقاط فارغًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="273"/>
        <source>EXIF offset time {value!r} is not a valid UTC offset; capture time kept without a time zone.</source>
        <translation>فارق التوقيت {value!r} في EXIF ليس فارقًا صالحًا عن UTC؛ احتُفظ بوقت الالتقاط دون منطقة زمنية.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="322"/>
        <source>{count} components</source>
        <comment>fragment: an unusable EXIF value</comment>
        <translation>عدد المكوِّنات {count}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="329"/>
        <source>component {item!r} is not a number</source>
        <comment>fragment: an unusable EXIF value</comment>
        <translation>المكوِّن {item!r} ليس عددًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="334"/>
        <source>a component has a zero denominator or is not finite</source>
        <comment>fragment: an unusable EXIF value</comment>
        <translation>لأحد المكوِّنات مقام صفري أو قيمة غير منتهية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="353"/>
        <source>latitude</source>
        <comment>fragment: EXIF GPS</comment>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="355"/>
        <source>longitude</source>
        <comment>fragment: EXIF GPS</comment>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="362"/>
        <source>EXIF GPS {axis} could not be read ({reason}); location ignored.</source>
        <translation>تعذّرت قراءة {axis} في بيانات GPS من EXIF ({reason})؛ تم تجاهل الموقع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="369"/>
        <source>EXIF GPS {axis} has impossible minutes or seconds ({values}); location ignored.</source>
        <translation>يحتوي {axis} في بيانات GPS من EXIF على دقائق أو ثوانٍ مستحيلة ({values})؛ تم تجاهل الموقع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="386"/>
        <source>EXIF GPS {axis} has no {positive}/{negative} reference; the sign was taken as written.</source>
        <translation>ليس لـ{axis} في بيانات GPS من EXIF مرجع {positive}/{negative}؛ أُخذت الإشارة كما كُتبت.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="397"/>
        <source>EXIF GPS {axis} {degrees:g} is outside the valid range of ±{limit:g} degrees; location ignored.</source>
        <translation>قيمة {axis} {degrees:g} في بيانات GPS من EXIF خارج النطاق الصالح ±{limit:g} درجة؛ تم تجاهل الموقع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="414"/>
        <source>EXIF GPS data has only one of latitude and longitude; location ignored.</source>
        <translation>لا تحتوي بيانات GPS في EXIF إلا على خط العرض أو خط الطول؛ تم تجاهل الموقع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="424"/>
        <source>EXIF GPS position is exactly 0°, 0°, which usually means the device had no fix; location ignored.</source>
        <translation>الموقع في بيانات GPS من EXIF هو 0°، 0° بالضبط، وهو ما يعني عادةً أن الجهاز لم يحدِّد موقعه؛ تم تجاهل الموقع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="441"/>
        <source>EXIF GPS altitude could not be read ({reason}); altitude ignored.</source>
        <translation>تعذّرت قراءة الارتفاع في بيانات GPS من EXIF ({reason})؛ تم تجاهل الارتفاع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="449"/>
        <source>EXIF GPS altitude {altitude:g} m is implausible; altitude ignored.</source>
        <translation>الارتفاع {altitude:g} م في بيانات GPS من EXIF غير معقول؛ تم تجاهل الارتفاع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/images.py" line="49"/>
        <source>{count:.3g} gigapixels</source>
        <comment>fragment: image size</comment>
        <translation>{count:.3g} غيغابكسل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/images.py" line="50"/>
        <source>{count:.3g} megapixels</source>
        <comment>fragment: image size</comment>
        <translation>{count:.3g} ميغابكسل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/images.py" line="60"/>
        <source>Image claims {width}x{height} pixels ({pixels}), above the {limit:g} megapixel limit; not decoded.</source>
        <translation>تعلن الصورة عن {width}x{height} بكسل ({pixels})، وهو ما يتجاوز حد {limit:g} ميغابكسل؛ لم يُفكّ ترميزها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/images.py" line="79"/>
        <source>Image is above the image decoder&apos;s safety limit ({reason}); not decoded.</source>
        <translation>تتجاوز الصورة حد الأمان في أداة فك ترميز الصور ({reason})؛ لم يُفكّ ترميزها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/images.py" line="105"/>
        <source>Image claims {width}x{height} pixels ({pixels}), above the image decoder&apos;s safety limit; not decoded.</source>
        <translation>تعلن الصورة عن {width}x{height} بكسل ({pixels})، وهو ما يتجاوز حد الأمان في أداة فك ترميز الصور؛ لم يُفكّ ترميزها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/images.py" line="121"/>
        <source>The {content} could not be read ({reason}); not decoded.</source>
        <translation>تعذّرت قراءة المحتوى ({content}): {reason}؛ لم يُفكّ ترميزه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/images.py" line="148"/>
        <source>Image header claims a size of {width}x{height} pixels; not decoded.</source>
        <translation>تعلن ترويسة الصورة عن حجم {width}x{height} بكسل؛ لم يُفكّ ترميزها.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/images.py" line="178"/>
        <source>The {content} could not be decoded: {reason}.</source>
        <translation>تعذّر فك ترميز المحتوى ({content}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/images.py" line="242"/>
        <source>The JPEG image data ends early (the file is truncated or damaged); only the part that was present could be decoded.</source>
        <translation>تنتهي بيانات صورة JPEG قبل أوانها (الملف مبتور أو تالف)؛ لم يُفكّ إلا ترميز الجزء الموجود.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/choose.py" line="290"/>
        <source>Capture times disagree: {first} says {first_time}, {other} says {other_time}.</source>
        <translation>أوقات الالتقاط متعارضة: {first} يذكر {first_time}، و{other} يذكر {other_time}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/choose.py" line="318"/>
        <source>The camera clock and the GPS clock disagree by {hours:.1f} h ({first} {first_time}, GPS {gps_time} UTC): the camera&apos;s clock or time zone was wrong.</source>
        <translation>تختلف ساعة الجهاز عن ساعة GPS بمقدار {hours:.1f} ساعة ({first} {first_time}، وGPS {gps_time} بالتوقيت العالمي المنسق): كانت ساعة الجهاز أو منطقته الزمنية خاطئة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/choose.py" line="345"/>
        <source>The file&apos;s XMP edit history (steps: {count}; {actions}) names {agents}: the file was processed after capture.</source>
        <translation>سجلّ تعديلات XMP في الملف (عدد الخطوات: {count}؛ {actions}) يذكر {agents}: عولج الملف بعد التقاطه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/choose.py" line="361"/>
        <source>{tag} names editing software ({software}): the file is not as the camera wrote it.</source>
        <translation>يذكر {tag} برنامج تحرير ({software}): الملف ليس كما سجّله الجهاز.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/tool.py" line="72"/>
        <source>exiftool is not installed. Download the Windows executable from exiftool.org, rename exiftool(-k).exe to exiftool.exe and put it on PATH (or set {var} to its path); or run: winget install OliverBetz.ExifTool</source>
        <translation>exiftool غير مثبّت. نزّل الملف التنفيذي لنظام Windows من exiftool.org، وأعد تسمية exiftool(-k).exe إلى exiftool.exe وضعه في PATH (أو اضبط {var} على مساره)؛ أو نفّذ: winget install OliverBetz.ExifTool</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/tool.py" line="79"/>
        <source>exiftool is not installed. Install the macOS package from exiftool.org, or run: brew install exiftool (or set {var} to its path)</source>
        <translation>exiftool غير مثبّت. ثبّت حزمة macOS من exiftool.org، أو نفّذ: brew install exiftool (أو اضبط {var} على مساره)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/tool.py" line="84"/>
        <source>exiftool is not installed. Install it with your package manager, e.g. sudo apt install libimage-exiftool-perl (Debian, Ubuntu) or sudo dnf install perl-Image-ExifTool (Fedora) (or set {var} to its path)</source>
        <translation>exiftool غير مثبّت. ثبّته بمدير الحزم لديك، مثلًا sudo apt install libimage-exiftool-perl (Debian وUbuntu) أو sudo dnf install perl-Image-ExifTool (Fedora) (أو اضبط {var} على مساره)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/tool.py" line="158"/>
        <location filename="../../src/casedesk/media/meta/tool.py" line="176"/>
        <source>exiftool did not finish within {seconds:g} s.</source>
        <translation>لم يُنهِ exiftool عمله خلال {seconds:g} ثانية.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/tool.py" line="179"/>
        <source>exiftool could not be started ({reason}).</source>
        <translation>تعذّر تشغيل exiftool ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/tool.py" line="184"/>
        <source>exiftool gave output that is not JSON (exit status {code}).</source>
        <translation>أرجع exiftool مخرجات ليست بصيغة JSON (رمز الخروج {code}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/tool.py" line="216"/>
        <source>exiftool gave no answer for the file (exit status {code}).</source>
        <translation>لم يُرجع exiftool أي نتيجة لهذا الملف (رمز الخروج {code}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="167"/>
        <source>{languages} is not a list of Tesseract languages; write codes joined by +, such as ara+fra+eng.</source>
        <translation>{languages} ليست قائمة لغات Tesseract؛ اكتب رموز اللغات موصولة بعلامة +، مثل ara+fra+eng.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="185"/>
        <source>Tesseract is not installed, so text in images cannot be read. Install the Debian package tesseract-ocr and one package per language, such as tesseract-ocr-ara, tesseract-ocr-fra and tesseract-ocr-eng.</source>
        <translation>برنامج Tesseract غير مثبّت، لذا يتعذّر التعرّف على النص في الصور. ثبّت حزمة دبيان tesseract-ocr وحزمة لكل لغة، مثل tesseract-ocr-ara وtesseract-ocr-fra وtesseract-ocr-eng.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="205"/>
        <source>{command} did not answer as Tesseract does; reinstall the Debian package tesseract-ocr.</source>
        <translation>لم يستجب {command} كما يستجيب Tesseract؛ أعد تثبيت حزمة دبيان tesseract-ocr.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="221"/>
        <location filename="../../src/casedesk/media/ocr.py" line="411"/>
        <source>Tesseract could not be started ({reason}).</source>
        <translation>تعذّر تشغيل Tesseract ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="239"/>
        <source>Tesseract has no data for {languages}. Install the Debian package(s) {packages}.</source>
        <translation>لا تتوفر لدى Tesseract بيانات اللغة {languages}. ثبّت حزمة (حزم) دبيان {packages}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="274"/>
        <source>The image claims {width}x{height} pixels, above the {limit:g} megapixel limit; not read.</source>
        <translation>تعلن الصورة عن {width}x{height} بكسل، وهو ما يتجاوز حد {limit:g} ميغابكسل؛ لم تُقرأ.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="290"/>
        <source>{name} holds {content}, not a still image; only images can be read for text.</source>
        <translation>يحتوي {name} على {content} وليس على صورة ثابتة؛ لا يمكن التعرّف على النص إلا في الصور.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="307"/>
        <source>The image has no pixels ({width}x{height}).</source>
        <translation>لا تحتوي الصورة على أي بكسل ({width}x{height}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="317"/>
        <source>The image is above the image decoder&apos;s safety limit ({reason}); not read.</source>
        <translation>تتجاوز الصورة حد الأمان في أداة فك ترميز الصور ({reason})؛ لم تُقرأ.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="324"/>
        <source>The {content} could not be decoded ({reason}); not read.</source>
        <translation>تعذّر فك ترميز المحتوى ({content}) ({reason})؛ لم يُقرأ.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="424"/>
        <source>Tesseract took more than {seconds:.0f} s on this image; stopped.</source>
        <translation>استغرق Tesseract أكثر من {seconds:.0f} ثانية على هذه الصورة؛ أُوقف.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="437"/>
        <source>Tesseract could not read the image ({reason}).</source>
        <translation>تعذّر على Tesseract قراءة الصورة ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr_pages.py" line="68"/>
        <source>The PDF has no pages; nothing to read.</source>
        <translation>لا يحتوي ملف PDF على أي صفحة؛ لا شيء للقراءة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr_pages.py" line="84"/>
        <source>The PDF could not be opened for reading ({reason}); not read.</source>
        <translation>تعذّر فتح ملف PDF للقراءة ({reason})؛ لم يُقرأ.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr_pages.py" line="99"/>
        <source>Page {page} of the PDF has no area; not read.</source>
        <translation>الصفحة {page} من ملف PDF بلا مساحة؛ لم تُقرأ.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr_pages.py" line="109"/>
        <source>Page {page} of the PDF could not be rendered ({reason}).</source>
        <translation>تعذّر عرض الصفحة {page} من ملف PDF ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/probe.py" line="42"/>
        <source>Empty file (0 bytes)</source>
        <translation>ملف فارغ (0 بايت)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/probe.py" line="81"/>
        <source>The file could not be analysed because of an unexpected error ({error}: {detail}).</source>
        <translation>تعذّر تحليل الملف بسبب خطأ غير متوقع ({error}: {detail}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="54"/>
        <location filename="../../src/casedesk/media/sniff.py" line="144"/>
        <source>JPEG image data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صورة JPEG</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="55"/>
        <location filename="../../src/casedesk/media/sniff.py" line="145"/>
        <source>PNG image data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صورة PNG</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="56"/>
        <location filename="../../src/casedesk/media/sniff.py" line="146"/>
        <source>GIF image data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صورة GIF</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="57"/>
        <location filename="../../src/casedesk/media/sniff.py" line="147"/>
        <source>WebP image data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صورة WebP</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="58"/>
        <location filename="../../src/casedesk/media/sniff.py" line="148"/>
        <source>TIFF image data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صورة TIFF</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="59"/>
        <location filename="../../src/casedesk/media/sniff.py" line="149"/>
        <source>BMP image data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صورة BMP</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="60"/>
        <source>HEIC image data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صورة HEIC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="61"/>
        <location filename="../../src/casedesk/media/sniff.py" line="150"/>
        <source>HEIF image data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صورة HEIF</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="62"/>
        <location filename="../../src/casedesk/media/sniff.py" line="151"/>
        <source>AVIF image data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صورة AVIF</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="63"/>
        <source>MP4 video data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات فيديو MP4</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="64"/>
        <source>MPEG-4 audio data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صوت MPEG-4</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="65"/>
        <source>QuickTime video data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات فيديو QuickTime</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="66"/>
        <source>3GPP video data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات فيديو 3GPP</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="67"/>
        <source>3GPP audio data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صوت 3GPP</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="68"/>
        <source>Matroska video data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات فيديو Matroska</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="69"/>
        <source>Matroska audio data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صوت Matroska</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="70"/>
        <source>WebM video data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات فيديو WebM</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="71"/>
        <source>WebM audio data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صوت WebM</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="72"/>
        <location filename="../../src/casedesk/media/sniff.py" line="154"/>
        <source>AVI video data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات فيديو AVI</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="73"/>
        <source>Ogg video data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات فيديو Ogg</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="74"/>
        <source>Ogg audio data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صوت Ogg</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="75"/>
        <source>Windows Media video data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات فيديو Windows Media</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="76"/>
        <source>Windows Media audio data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صوت Windows Media</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="77"/>
        <location filename="../../src/casedesk/media/sniff.py" line="157"/>
        <source>Flash video data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات فيديو Flash</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="78"/>
        <location filename="../../src/casedesk/media/sniff.py" line="158"/>
        <source>MPEG transport stream data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات دفق نقل MPEG</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="79"/>
        <location filename="../../src/casedesk/media/sniff.py" line="159"/>
        <source>WAV audio data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صوت WAV</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="80"/>
        <location filename="../../src/casedesk/media/sniff.py" line="160"/>
        <source>AIFF audio data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صوت AIFF</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="81"/>
        <location filename="../../src/casedesk/media/sniff.py" line="161"/>
        <source>FLAC audio data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صوت FLAC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="82"/>
        <location filename="../../src/casedesk/media/sniff.py" line="162"/>
        <source>MP3 audio data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صوت MP3</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="83"/>
        <location filename="../../src/casedesk/media/sniff.py" line="163"/>
        <source>AAC audio data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صوت AAC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="84"/>
        <location filename="../../src/casedesk/media/sniff.py" line="164"/>
        <source>AMR audio data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صوت AMR</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="85"/>
        <location filename="../../src/casedesk/media/sniff.py" line="165"/>
        <source>PDF document data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات مستند PDF</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="86"/>
        <location filename="../../src/casedesk/media/sniff.py" line="166"/>
        <source>ZIP archive data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات أرشيف ZIP</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="87"/>
        <location filename="../../src/casedesk/media/sniff.py" line="173"/>
        <source>gzip archive data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات أرشيف gzip</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="88"/>
        <location filename="../../src/casedesk/media/sniff.py" line="174"/>
        <source>7-Zip archive data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات أرشيف 7-Zip</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="89"/>
        <location filename="../../src/casedesk/media/sniff.py" line="175"/>
        <source>RAR archive data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات أرشيف RAR</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="90"/>
        <source>SQLite database data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="91"/>
        <source>plain text</source>
        <comment>fragment: file content</comment>
        <translation>نص عادي</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="92"/>
        <source>HTML text</source>
        <comment>fragment: file content</comment>
        <translation>نص HTML</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="93"/>
        <location filename="../../src/casedesk/media/sniff.py" line="171"/>
        <source>RTF document data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات مستند RTF</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="94"/>
        <location filename="../../src/casedesk/media/sniff.py" line="172"/>
        <source>SVG image data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات صورة SVG</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="95"/>
        <source>unrecognised binary data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات ثنائية غير معروفة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="152"/>
        <source>MP4/QuickTime media data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات وسائط MP4/QuickTime</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="153"/>
        <source>Matroska/WebM media data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات وسائط Matroska/WebM</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="155"/>
        <source>Ogg media data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات وسائط Ogg</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="156"/>
        <source>Windows Media data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات Windows Media</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="167"/>
        <source>Office document data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات مستند Office</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="168"/>
        <source>OpenDocument data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات OpenDocument</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="169"/>
        <source>EPUB book data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات كتاب EPUB</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="170"/>
        <source>text</source>
        <comment>fragment: file content</comment>
        <translation>نص</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="193"/>
        <source>{media_type} data</source>
        <comment>fragment: file content</comment>
        <translation>بيانات {media_type}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="216"/>
        <source>File name ends in {suffix} but the content is not recognisable as {promise}.</source>
        <translation>ينتهي اسم الملف بـ{suffix} لكن المحتوى لا يُتعرَّف عليه على أنه {promise}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="223"/>
        <source>File name ends in {suffix} but the content is {content} ({media_type}).</source>
        <translation>ينتهي اسم الملف بـ{suffix} لكن المحتوى في الحقيقة {content} ({media_type}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="237"/>
        <source>{first} or {rest}</source>
        <comment>fragment: one file content or another</comment>
        <translation>{first} أو {rest}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="54"/>
        <source>{name} could not be opened as a video: {reason}.</source>
        <translation>تعذّر فتح {name} بوصفه مقطع فيديو: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="61"/>
        <source>{name} has no video stream.</source>
        <translation>لا يحتوي {name} على دفق فيديو.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="73"/>
        <source>Offset {offset!r} s is not a valid position in the video.</source>
        <translation>الموضع الزمني {offset!r} ثانية ليس موضعًا صالحًا في الفيديو.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="79"/>
        <source>Offset {offset:.3f} s is beyond the end of the video ({duration:.3f} s).</source>
        <translation>الموضع الزمني {offset:.3f} ثانية بعد نهاية الفيديو ({duration:.3f} ثانية).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="95"/>
        <source>No frame could be decoded at {offset:.3f} s in {name}.</source>
        <translation>تعذّر فك ترميز أي إطار عند {offset:.3f} ثانية في {name}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="100"/>
        <source>Offset {offset:.3f} s is beyond the end of the video.</source>
        <translation>الموضع الزمني {offset:.3f} ثانية بعد نهاية الفيديو.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="128"/>
        <source>Gave up looking for the frame: the decode limits were reached.</source>
        <translation>توقّف البحث عن الإطار: بُلغت حدود فك الترميز.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="141"/>
        <source>The video could not be decoded near that offset ({reason}).</source>
        <translation>تعذّر فك ترميز الفيديو قرب هذا الموضع ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="157"/>
        <source>Gave up listing keyframes: the time limit was reached.</source>
        <translation>توقّف سرد الإطارات المفتاحية: بُلغ الحد الزمني.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="164"/>
        <source>{name} could not be read: {reason}.</source>
        <translation>تعذّرت قراءة {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="172"/>
        <source>Step {step!r} s must be a positive number of seconds.</source>
        <translation>يجب أن تكون الخطوة {step!r} ثانية عددًا موجبًا من الثواني.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="178"/>
        <source>The length of {name} is unknown, so it cannot be divided into steps.</source>
        <translation>مدة {name} غير معروفة، لذا لا يمكن تقسيمها إلى خطوات.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/_files.py" line="30"/>
        <source>{path} can be read by other accounts (mode {filemode}); if nobody else had it, make it private with: chmod 600 {path}</source>
        <translation>يمكن لحسابات أخرى قراءة {path} (الوضع {filemode})؛ إن لم يحصل عليه أحد غيرك فاجعله خاصًا بالأمر: chmod 600 {path}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="180"/>
        <source>its details have no {key}</source>
        <translation>لا تتضمن تفاصيله {key}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="188"/>
        <source>its {key} is not base64</source>
        <translation>الحقل {key} فيه ليس بترميز base64</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="197"/>
        <source>its details do not say which entry it covers</source>
        <translation>لا تذكر تفاصيله القيد الذي يغطيه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="204"/>
        <source>it uses the unknown scheme {scheme!r}</source>
        <translation>يستخدم المخطط غير المعروف {scheme!r}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="209"/>
        <source>its request DER is damaged ({detail})</source>
        <translation>طلب DER فيه تالف ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="229"/>
        <source>its details do not say which request it answers</source>
        <translation>لا تذكر تفاصيله الطلب الذي يجيب عنه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="234"/>
        <source>its genTime or serial is not readable</source>
        <translation>حقل genTime أو الرقم التسلسلي فيه غير مقروء</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="260"/>
        <source>the request DER of entry {seq} does not match its recorded imprint and nonce</source>
        <translation>لا يطابق طلب DER في القيد {seq} البصمة والرقم العشوائي (nonce) المسجَّلين</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="268"/>
        <source>entry {covered_seq}, which request entry {seq} covers, is not in the log</source>
        <translation>القيد {covered_seq} الذي يغطيه قيد الطلب {seq} غير موجود في السجل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="276"/>
        <source>request entry {seq} covers entry {covered_seq} with hash {covered_hash}, but that entry&apos;s hash in the log is {log_hash}</source>
        <translation>يغطي قيد الطلب {seq} القيد {covered_seq} بقيمة التجزئة {covered_hash}، لكن قيمة تجزئة ذلك القيد في السجل هي {log_hash}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="288"/>
        <source>the imprint of request entry {seq} is not over entry {covered_seq}&apos;s hash and the recorded manifest digest</source>
        <translation>بصمة قيد الطلب {seq} ليست محسوبة على قيمة تجزئة القيد {covered_seq} وقيمة تجزئة البيان المسجَّلة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="48"/>
        <source>malformed</source>
        <comment>fragment: why a timestamp was refused</comment>
        <translation>مشوَّه البنية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="49"/>
        <source>not granted</source>
        <comment>fragment: why a timestamp was refused</comment>
        <translation>غير ممنوح</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="50"/>
        <source>tampered</source>
        <comment>fragment: why a timestamp was refused</comment>
        <translation>عُبث به</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="51"/>
        <source>not matching</source>
        <comment>fragment: why a timestamp was refused</comment>
        <translation>غير مطابق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="52"/>
        <source>untrusted TSA</source>
        <comment>fragment: why a timestamp was refused</comment>
        <translation>جهة طوابع زمنية غير موثوقة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="59"/>
        <source>Timestamp refused ({reason}): {detail}</source>
        <translation>رُفض الطابع الزمني ({reason}): {detail}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="80"/>
        <source>malformed</source>
        <comment>fragment: why a signed PDF was refused</comment>
        <translation>مشوَّه البنية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="81"/>
        <source>not signed</source>
        <comment>fragment: why a signed PDF was refused</comment>
        <translation>غير موقَّع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="82"/>
        <source>tampered</source>
        <comment>fragment: why a signed PDF was refused</comment>
        <translation>عُبث به</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="83"/>
        <source>modified after signing</source>
        <comment>fragment: why a signed PDF was refused</comment>
        <translation>عُدِّل بعد التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="84"/>
        <source>not bound to an investigator key</source>
        <comment>fragment: why a signed PDF was refused</comment>
        <translation>غير مرتبط بمفتاح محقق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="87"/>
        <source>not the given unsigned document</source>
        <comment>fragment: why a signed PDF was refused</comment>
        <translation>ليس المستند غير الموقَّع المُعطى</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="96"/>
        <source>PDF signature refused ({reason}): {detail}</source>
        <translation>رُفض توقيع ملف PDF ({reason}): {detail}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="69"/>
        <source>Not a key fingerprint (64 hex digits): {text!r}</source>
        <translation>ليست بصمة مفتاح (64 رقمًا ست عشريًا): {text!r}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="85"/>
        <source>An Ed25519 public key is 32 bytes, not {count}.</source>
        <translation>حجم المفتاح العام من نوع Ed25519 هو 32 بايت، لا {count}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="107"/>
        <source>Not a PEM public key file.</source>
        <translation>ليس ملف مفتاح عام بصيغة PEM.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="109"/>
        <source>This public key is not Ed25519, so it is not a CaseDesk investigator key.</source>
        <translation>هذا المفتاح العام ليس من نوع Ed25519، فهو إذن ليس مفتاح محقق في CaseDesk.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="121"/>
        <source>Signature does not verify under key {fingerprint}.</source>
        <translation>لا يُتحقَّق من التوقيع بالمفتاح {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="171"/>
        <source>inconsistent</source>
        <translation>غير متّسق</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="176"/>
        <source>The key record {path} is damaged; restore it from a backup.</source>
        <translation>سجل المفتاح {path} تالف؛ استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="213"/>
        <source>The key record {record_path} is missing; unlock the key once to rebuild it.</source>
        <translation>سجل المفتاح {record_path} مفقود؛ افتح قفل المفتاح مرة واحدة لإعادة بنائه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="246"/>
        <source>There is already a signing key in {folder}; move the folder aside to make a new one.</source>
        <translation>يوجد مفتاح توقيع في {folder} مسبقًا؛ انقل المجلد جانبًا لإنشاء مفتاح جديد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="266"/>
        <source>{key_path} holds key {fingerprint}, but this folder&apos;s key is {recorded_fingerprint}; restore the right key file (or move the folder aside to make a new key).</source>
        <translation>يحتوي {key_path} على المفتاح {fingerprint}، لكن مفتاح هذا المجلد هو {recorded_fingerprint}؛ استعد ملف المفتاح الصحيح (أو انقل المجلد جانبًا لإنشاء مفتاح جديد).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="292"/>
        <location filename="../../src/casedesk/proof/keys.py" line="333"/>
        <source>There is no signing key in {folder} yet.</source>
        <translation>لا يوجد مفتاح توقيع في {folder} بعد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="295"/>
        <source>Cannot read the signing key {key_path}: {reason}.</source>
        <translation>تعذّرت قراءة مفتاح التوقيع {key_path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="305"/>
        <source>The signing key is protected by a passphrase; give it to sign.</source>
        <translation>مفتاح التوقيع محمي بعبارة مرور؛ أدخلها للتوقيع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="312"/>
        <source>Wrong passphrase for the signing key.</source>
        <translation>عبارة المرور خاطئة لمفتاح التوقيع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="314"/>
        <source>The signing key file {key_path} is damaged (it changed since it was made and cannot be read); restore it from a backup.</source>
        <translation>ملف مفتاح التوقيع {key_path} تالف (تغيّر منذ إنشائه وتتعذّر قراءته)؛ استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="322"/>
        <source>{key_path} holds a key that is not Ed25519; it is not a CaseDesk key.</source>
        <translation>يحتوي {key_path} على مفتاح ليس من نوع Ed25519؛ فهو ليس مفتاح CaseDesk.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="336"/>
        <source>Cannot read the key record {record_path}.</source>
        <translation>تعذّرت قراءة سجل المفتاح {record_path}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="376"/>
        <source>key {fingerprint} does not match its fingerprint</source>
        <translation>المفتاح {fingerprint} لا يطابق بصمته</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="394"/>
        <source>Cannot read the trusted keys {path}.</source>
        <translation>تعذّرت قراءة المفاتيح الموثوقة {path}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="398"/>
        <location filename="../../src/casedesk/proof/tsa_trust.py" line="103"/>
        <source>unknown format {format!r}</source>
        <translation>صيغة غير معروفة {format!r}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="403"/>
        <source>The trusted keys file {path} is damaged ({reason}).</source>
        <translation>ملف المفاتيح الموثوقة {path} تالف ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="413"/>
        <source>A trusted key needs a name.</source>
        <translation>يحتاج المفتاح الموثوق إلى اسم.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="227"/>
        <source>the PDF cannot be signed ({reason})</source>
        <translation>لا يمكن توقيع ملف PDF ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="254"/>
        <source>not a readable PDF ({reason})</source>
        <translation>ليس ملف PDF مقروءًا ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="256"/>
        <source>the PDF carries no signature</source>
        <translation>لا يحمل ملف PDF أي توقيع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="259"/>
        <source>{count} signatures; a CaseDesk report has one</source>
        <translation>عدد التوقيعات {count}؛ لتقرير CaseDesk توقيع واحد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="263"/>
        <source>not a PAdES signature (ETSI.CAdES.detached)</source>
        <translation>ليس توقيعًا من نوع PAdES (ETSI.CAdES.detached)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="272"/>
        <source>the signature cannot be validated ({reason})</source>
        <translation>لا يمكن التحقق من صحة التوقيع ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="275"/>
        <source>the signed bytes changed after signing (digest mismatch)</source>
        <translation>تغيّرت البايتات الموقَّعة بعد التوقيع (عدم تطابق الملخَّص)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="277"/>
        <source>the signature does not verify</source>
        <translation>لا يُتحقَّق من التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="281"/>
        <source>the document was changed after signing (pyHanko: {level})</source>
        <translation>عُدِّل المستند بعد التوقيع (pyHanko: {level})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="284"/>
        <source>bytes were added after the signature</source>
        <translation>أُضيفت بايتات بعد التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="312"/>
        <source>the certificate names no CaseDesk investigator key</source>
        <translation>لا تذكر الشهادة أي مفتاح محقق في CaseDesk</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="317"/>
        <source>the certificate&apos;s subject shows another key&apos;s fingerprint</source>
        <translation>يُظهر موضوع الشهادة بصمة مفتاح آخر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="327"/>
        <source>key {fingerprint} did not vouch for the signing key</source>
        <translation>لم يضمن المفتاح {fingerprint} مفتاح التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="341"/>
        <source>the signed file does not begin with the given document</source>
        <translation>لا يبدأ الملف الموقَّع بالمستند المُعطى</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="348"/>
        <source>the given document is not a readable PDF ({reason})</source>
        <translation>المستند المُعطى ليس ملف PDF مقروءًا ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="353"/>
        <source>the signature is not the update right after the given document</source>
        <translation>ليس التوقيع هو التحديث الذي يلي المستند المُعطى مباشرة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/recorded.py" line="43"/>
        <source>the recorded bundle signature is malformed ({reason})</source>
        <translation>توقيع الحزمة المسجَّل مشوَّه البنية ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/recorded.py" line="45"/>
        <source>the recorded signer fingerprint is not the recorded key&apos;s</source>
        <translation>بصمة الموقِّع المسجَّلة ليست بصمة المفتاح المسجَّل</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/recorded.py" line="50"/>
        <source>the recorded bundle signature does not verify under key {fingerprint}</source>
        <translation>لا يُتحقَّق من توقيع الحزمة المسجَّل بالمفتاح {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="83"/>
        <source>The case&apos;s custody log is empty: there is no entry to stamp.</source>
        <translation>سجل عهدة القضية فارغ: لا يوجد قيد لختمه بطابع زمني.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="102"/>
        <source>{path} is a folder; give the name of the request file to write (.tsq).</source>
        <translation>المسار {path} مجلد؛ أعطِ اسم ملف الطلب المراد كتابته (.tsq).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="105"/>
        <location filename="../../src/casedesk/report/export.py" line="62"/>
        <source>Folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="107"/>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="155"/>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="159"/>
        <source>{path} exists already; give --force to replace it.</source>
        <translation>الملف {path} موجود مسبقًا؛ أضف الخيار --force لاستبداله.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="173"/>
        <source>{path} is not a regular file.</source>
        <translation>المسار {path} ليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="178"/>
        <location filename="../../src/casedesk/provenance/capture.py" line="279"/>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="158"/>
        <location filename="../../src/casedesk/provenance/wacz.py" line="260"/>
        <source>{name} is larger than {limit} bytes</source>
        <translation>حجم {name} أكبر من {limit} بايت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="190"/>
        <source>{path} is not a certificate file (PEM or DER): {detail}.</source>
        <translation>الملف {path} ليس ملف شهادة (PEM أو DER): {detail}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="197"/>
        <source>{path} holds no certificate.</source>
        <translation>لا يحتوي {path} على أي شهادة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="261"/>
        <location filename="../../src/casedesk/proof/timestamps.py" line="253"/>
        <source>{count} bytes is too large for a timestamp response</source>
        <translation>حجم {count} بايت أكبر مما تحتمله استجابة طابع زمني</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="273"/>
        <source>it answers none of this case&apos;s %n outstanding timestamp request(s) (no request in the log has its imprint and nonce)</source>
        <translation>
            <numerusform>لا يجيب عن أي طلب طابع زمني معلَّق لهذه القضية (لا يوجد في السجل طلب له البصمة والرقم العشوائي نفساهما)</numerusform>
            <numerusform>لا يجيب عن طلب الطابع الزمني المعلَّق الوحيد لهذه القضية (لا يوجد في السجل طلب له البصمة والرقم العشوائي نفساهما)</numerusform>
            <numerusform>لا يجيب عن أيٍّ من طلبَي الطابع الزمني المعلَّقين لهذه القضية (لا يوجد في السجل طلب له البصمة والرقم العشوائي نفساهما)</numerusform>
            <numerusform>لا يجيب عن أيٍّ من طلبات الطابع الزمني المعلَّقة لهذه القضية وعددها %n (لا يوجد في السجل طلب له البصمة والرقم العشوائي نفساهما)</numerusform>
            <numerusform>لا يجيب عن أيٍّ من طلبات الطابع الزمني المعلَّقة لهذه القضية وعددها %n (لا يوجد في السجل طلب له البصمة والرقم العشوائي نفساهما)</numerusform>
            <numerusform>لا يجيب عن أيٍّ من طلبات الطابع الزمني المعلَّقة لهذه القضية وعددها %n (لا يوجد في السجل طلب له البصمة والرقم العشوائي نفساهما)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="282"/>
        <source>it answers the request of entry {seq}, already answered by entry {first} (a replay: each request is answered once)</source>
        <translation>يجيب عن طلب القيد {seq} الذي سبقت الإجابة عنه في القيد {first} (إعادة إرسال: يُجاب عن كل طلب مرة واحدة)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="293"/>
        <source>The request cannot be answered: {problem}. Run “casedesk verify”.</source>
        <translation>لا يمكن الإجابة عن الطلب: {problem}. شغِّل «casedesk verify».</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="359"/>
        <source>no single trusted certificate vouches for the TSA on its own</source>
        <translation>لا توجد شهادة موثوقة واحدة تضمن جهة الطوابع الزمنية بمفردها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="63"/>
        <source>not a custody entry</source>
        <translation>ليس قيدًا في سجل العهدة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="131"/>
        <source>the timestamp import cannot be read: {bad}</source>
        <translation>تتعذّر قراءة استيراد الطابع الزمني: {bad}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="146"/>
        <source>it answers entry {request_seq}, which is not an earlier timestamp request</source>
        <translation>يجيب عن القيد {request_seq}، وهو ليس طلب طابع زمني سابقًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="153"/>
        <source>it answers request entry {seq}, made for another case</source>
        <translation>يجيب عن قيد الطلب {seq} الذي أُنشئ لقضية أخرى</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="157"/>
        <source>request entry {request_seq} was already answered by entry {first}</source>
        <translation>سبقت الإجابة عن قيد الطلب {request_seq} في القيد {first}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="167"/>
        <source>request entry {seq} cannot be read: {bad}</source>
        <translation>تتعذّر قراءة قيد الطلب {seq}: {bad}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="175"/>
        <source>it says it covers entry {covers}, but its request covers entry {covered_seq}</source>
        <translation>يذكر أنه يغطي القيد {covers}، لكن طلبه يغطي القيد {covered_seq}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="187"/>
        <source>the manifest digest recorded for entry {covered_seq} is {manifest_digest}, but the case&apos;s as of that entry is {actual}</source>
        <translation>قيمة تجزئة البيان المسجَّلة للقيد {covered_seq} هي {manifest_digest}، لكن قيمة تجزئة بيان القضية بتاريخ ذلك القيد هي {actual}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="197"/>
        <source>the recorded trust anchor does not match its recorded SHA-256</source>
        <translation>مرساة الثقة المسجَّلة لا تطابق قيمة SHA-256 المسجَّلة لها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="202"/>
        <source>the recorded trust anchor is not a certificate</source>
        <translation>مرساة الثقة المسجَّلة ليست شهادة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="206"/>
        <source>the recorded token no longer verifies against its request and trust anchor: {reason}</source>
        <translation>لم يعد التحقق من الرمز المسجَّل ممكنًا مقابل طلبه ومرساة الثقة: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="218"/>
        <source>the recorded {name} ({said}) is not the token&apos;s ({found})</source>
        <translation>قيمة {name} المسجَّلة ({said}) ليست قيمة الرمز ({found})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="92"/>
        <source>not a {hash_algorithm} digest, or an unsupported imprint hash</source>
        <translation>ليس ملخَّصًا بخوارزمية {hash_algorithm}، أو خوارزمية بصمة غير مدعومة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="123"/>
        <source>not a timestamp request ({reason})</source>
        <translation>ليس طلب طابع زمني ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="128"/>
        <source>the request&apos;s imprint hash {algorithm} is not supported</source>
        <translation>خوارزمية بصمة الطلب {algorithm} غير مدعومة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="192"/>
        <source>not a certificate file ({reason})</source>
        <translation>ليس ملف شهادة ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="216"/>
        <source>its imprint uses {algorithm}, which is not accepted</source>
        <translation>تستخدم بصمته {algorithm}، وهي غير مقبولة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="219"/>
        <source>it stamps other data (the message imprint differs)</source>
        <translation>يختم بيانات أخرى (بصمة الرسالة مختلفة)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="223"/>
        <source>it carries no nonce</source>
        <comment>fragment: why a timestamp answers another request</comment>
        <translation>لا يحمل رقمًا عشوائيًا (nonce)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="225"/>
        <source>its nonce is another request&apos;s</source>
        <comment>fragment: why a timestamp answers another request</comment>
        <translation>رقمه العشوائي (nonce) خاص بطلب آخر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="227"/>
        <source>it answers another request ({detail})</source>
        <translation>يجيب عن طلب آخر ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="230"/>
        <source>it was issued under policy {dotted}</source>
        <translation>صدر وفق السياسة {dotted}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="261"/>
        <source>not a complete timestamp response ({reason})</source>
        <translation>ليس استجابة طابع زمني كاملة ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="269"/>
        <source>the TSA answered {code} ({said})</source>
        <translation>أجابت جهة الطوابع الزمنية بـ{code} ({said})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="271"/>
        <source>the TSA answered {code}</source>
        <translation>أجابت جهة الطوابع الزمنية بـ{code}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="277"/>
        <source>a granted response without its token</source>
        <translation>استجابة ممنوحة بلا رمزها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="279"/>
        <source>the token is not CMS SignedData</source>
        <translation>الرمز ليس من نوع CMS SignedData</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="283"/>
        <location filename="../../src/casedesk/proof/timestamps.py" line="286"/>
        <source>the token does not encapsulate a TSTInfo</source>
        <translation>لا يغلِّف الرمز بنية TSTInfo</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="290"/>
        <source>{count} signers; a timestamp has one</source>
        <translation>عدد الموقِّعين {count}؛ للطابع الزمني موقِّع واحد</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="295"/>
        <source>{count} certificates (at most {max_certificates})</source>
        <translation>عدد الشهادات {count} (الحد الأقصى {max_certificates})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="303"/>
        <source>the token is damaged ({reason})</source>
        <translation>الرمز تالف ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="317"/>
        <source>a certificate in the response is damaged ({reason})</source>
        <translation>إحدى الشهادات في الاستجابة تالفة ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="342"/>
        <source>the TSA&apos;s certificate is not in the response; give it (with its chain) to check the signature</source>
        <translation>شهادة جهة الطوابع الزمنية ليست في الاستجابة؛ قدِّمها (مع سلسلتها) للتحقق من التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="352"/>
        <source>the token is signed over a weak or unknown digest ({md})</source>
        <translation>الرمز موقَّع على ملخَّص ضعيف أو غير معروف ({md})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="356"/>
        <source>the token has no signing-certificate attribute (RFC 3161 §2.4.1)</source>
        <translation>ليس للرمز سمة شهادة التوقيع (RFC 3161 §2.4.1)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="365"/>
        <source>the TSA&apos;s signature does not hold ({reason})</source>
        <translation>توقيع جهة الطوابع الزمنية غير صحيح ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="369"/>
        <source>the TSA&apos;s signature cannot be checked ({reason})</source>
        <translation>لا يمكن التحقق من توقيع جهة الطوابع الزمنية ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="372"/>
        <source>the token&apos;s contents differ from what the TSA signed</source>
        <translation>يختلف محتوى الرمز عمّا وقّعته جهة الطوابع الزمنية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="374"/>
        <source>the TSA&apos;s signature over the token does not verify</source>
        <translation>لا يُتحقَّق من توقيع جهة الطوابع الزمنية على الرمز</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="385"/>
        <source>{subject} is not a TSA certificate (RFC 3161 wants a critical extended key usage of timeStamping only)</source>
        <translation>الشهادة {subject} ليست شهادة جهة طوابع زمنية (يشترط RFC 3161 استخدامًا موسَّعًا حرجًا للمفتاح يقتصر على timeStamping)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="401"/>
        <source>no trusted TSA certificate was given</source>
        <translation>لم تُقدَّم أي شهادة موثوقة لجهة طوابع زمنية</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="416"/>
        <source>the TSA does not chain to a trusted certificate ({reason})</source>
        <translation>لا ترتبط جهة الطوابع الزمنية بسلسلة تنتهي بشهادة موثوقة ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="420"/>
        <source>the TSA&apos;s certificate path is not valid ({reason})</source>
        <translation>مسار شهادات جهة الطوابع الزمنية غير صالح ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/tsa_trust.py" line="75"/>
        <source>certificate {sha256} does not match its fingerprint</source>
        <translation>الشهادة {sha256} لا تطابق بصمتها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/tsa_trust.py" line="98"/>
        <source>Cannot read the trusted timestamp authorities {path}.</source>
        <translation>تعذّرت قراءة جهات الطوابع الزمنية الموثوقة {path}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/tsa_trust.py" line="107"/>
        <source>The trusted timestamp authorities file {path} is damaged ({reason}).</source>
        <translation>ملف جهات الطوابع الزمنية الموثوقة {path} تالف ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture.py" line="288"/>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="333"/>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="344"/>
        <location filename="../../src/casedesk/provenance/wacz.py" line="310"/>
        <source>{name} is not valid JSON ({reason})</source>
        <translation>{name} ليس JSON صالحًا ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="131"/>
        <source>the entry {name!r} holds {count} bytes, not the {size} its header states</source>
        <translation>يحتوي المدخل {name!r} على {count} بايت، لا {size} كما تذكر ترويسته</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="204"/>
        <location filename="../../src/casedesk/provenance/wacz.py" line="154"/>
        <location filename="../../src/casedesk/provenance/wacz_media.py" line="208"/>
        <location filename="../../src/casedesk/provenance/wacz_media.py" line="244"/>
        <location filename="../../src/casedesk/provenance/wacz_records.py" line="149"/>
        <location filename="../../src/casedesk/provenance/wacz_streams.py" line="30"/>
        <source>the archive is damaged or truncated ({reason})</source>
        <translation>الأرشيف تالف أو مبتور ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="205"/>
        <source>ProofMode bundle refused: {reason}.</source>
        <translation>رُفضت حزمة ProofMode: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="226"/>
        <source>it holds no ProofMode proof (.proof.json or .proof.csv)</source>
        <translation>لا تحتوي على أي إثبات ProofMode (.proof.json أو .proof.csv)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="236"/>
        <source>the bundle holds {count} ProofMode proofs; this record is about {name}</source>
        <translation>تحتوي الحزمة على عدة إثباتات ProofMode (عددها {count})؛ تتعلق هذه النتيجة بـ{name}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="265"/>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="83"/>
        <source>the proof states no SHA-256 of the media</source>
        <translation>لا يذكر الإثبات أي قيمة SHA-256 لملف الوسائط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="272"/>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="101"/>
        <source>the media&apos;s SHA-256 differs from the one the proof states</source>
        <translation>تختلف قيمة SHA-256 لملف الوسائط عن تلك التي يذكرها الإثبات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="274"/>
        <source>the media file is not among the files</source>
        <translation>ملف الوسائط غير موجود بين الملفات</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="316"/>
        <source>{name} holds {count} proofs of the same media; the first is read</source>
        <translation>يحتوي {name} على عدة إثباتات لملف الوسائط نفسه (عددها {count})؛ قُرئ أولها فقط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="324"/>
        <source>its .proof.json and .proof.csv state different media hashes</source>
        <translation>يذكر الملفان .proof.json و.proof.csv قيمتَي تجزئة مختلفتين لملف الوسائط</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="347"/>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="125"/>
        <location filename="../../src/casedesk/provenance/wacz.py" line="312"/>
        <source>{name} is not a JSON object</source>
        <translation>{name} ليس كائن JSON</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="363"/>
        <source>{name}&apos;s values do not line up with its header</source>
        <translation>لا تتوافق قيم {name} مع سطر الترويسة فيه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="401"/>
        <source>{provider} proof: not verifiable offline.</source>
        <translation>إثبات {provider}: لا يمكن التحقق منه دون اتصال.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="406"/>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="221"/>
        <source>The file it signs is missing or could not be read.</source>
        <translation>الملف الموقَّع مفقود أو تعذّرت قراءته.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="409"/>
        <source>OpenPGP signature over {file}: to be checked against the case&apos;s keyring.</source>
        <translation>توقيع OpenPGP على {file}: ينبغي التحقق منه باستخدام حلقة مفاتيح القضية.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="158"/>
        <source>signature.json holds no signature</source>
        <translation>لا يحتوي الملف signature.json على أي توقيع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="164"/>
        <source>signature {number} is about another media hash than information.json&apos;s</source>
        <translation>يتعلق التوقيع {number} بقيمة تجزئة لملف الوسائط تختلف عن تلك الواردة في information.json</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="185"/>
        <source>Zion (Ethereum-style) signature: not verifiable by CaseDesk.</source>
        <translation>توقيع Zion (على غرار Ethereum): لا يستطيع CaseDesk التحقق منه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="191"/>
        <source>Signature provider {provider!r} is unknown to CaseDesk.</source>
        <translation>مزوِّد التوقيع {provider!r} غير معروف لدى CaseDesk.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="204"/>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="212"/>
        <source>The public key or the signature is malformed ({reason}).</source>
        <translation>المفتاح العام أو التوقيع مشوَّه البنية ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="219"/>
        <source>The public key is not an ECDSA P-256 key.</source>
        <translation>المفتاح العام ليس مفتاح ECDSA من نوع P-256.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="227"/>
        <source>The signature does not match information.json: the file or the signature was altered.</source>
        <translation>التوقيع لا يطابق information.json: عُدِّل الملف أو التوقيع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="232"/>
        <source>Valid signature over information.json; its public key travels with the capture, so it names the signer only if the key is known from elsewhere.</source>
        <translation>توقيع صالح على information.json؛ مفتاحه العام مرفق بملفات الالتقاط نفسها، لذا لا يحدد هوية الموقِّع إلا إذا كان المفتاح معروفًا من مصدر آخر.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/library.py" line="94"/>
        <source>c2pa-python is not installed; Content Credentials cannot be read.</source>
        <translation>مكتبة c2pa-python غير مثبَّتة؛ لا يمكن قراءة بيانات اعتماد المحتوى (Content Credentials).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/library.py" line="99"/>
        <source>c2pa-python {version} is not a version CaseDesk was tested with ({values}.x); install one of those.</source>
        <translation>الإصدار {version} من c2pa-python ليس إصدارًا اختُبر معه CaseDesk ({values}.x)؛ ثبِّت أحد تلك الإصدارات.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/library.py" line="140"/>
        <source>not given to c2pa: {size} MiB read whole, and no C2PA data in it</source>
        <translation>لم يُمرَّر إلى c2pa: {size} ميبيبايت تُقرأ كاملة، ولا بيانات C2PA فيه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="104"/>
        <source>Good OpenPGP signature.</source>
        <translation>توقيع OpenPGP صالح.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="105"/>
        <source>Good OpenPGP signature; the key was valid when it signed and has expired since.</source>
        <translation>توقيع OpenPGP صالح؛ كان المفتاح صالحًا وقت التوقيع وانتهت صلاحيته منذ ذلك الحين.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="108"/>
        <source>Good OpenPGP signature; the signature itself has expired since.</source>
        <translation>توقيع OpenPGP صالح؛ انتهت صلاحية التوقيع نفسه منذ ذلك الحين.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="111"/>
        <source>Bad OpenPGP signature: the file or the signature was altered.</source>
        <translation>توقيع OpenPGP غير صالح: عُدِّل الملف أو التوقيع.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="112"/>
        <source>OpenPGP signature by a key that is not imported; import the signer&apos;s key and read again.</source>
        <translation>توقيع OpenPGP بمفتاح غير مستورد؛ استورد مفتاح الموقِّع وأعد القراءة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="115"/>
        <source>OpenPGP signature made with a key that had already expired.</source>
        <translation>توقيع OpenPGP أُنشئ بمفتاح كانت صلاحيته قد انتهت.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="118"/>
        <source>OpenPGP signature by a revoked key.</source>
        <translation>توقيع OpenPGP بمفتاح مُلغى.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="119"/>
        <source>The signature file holds no OpenPGP signature.</source>
        <translation>لا يحتوي ملف التوقيع على أي توقيع OpenPGP.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="120"/>
        <source>The OpenPGP signature could not be checked.</source>
        <translation>تعذّر التحقق من توقيع OpenPGP.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="128"/>
        <source>Detached signature {file}: {why}</source>
        <translation>التوقيع المنفصل {file}: {why}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="188"/>
        <source>The key file is larger than {limit} bytes.</source>
        <translation>يتجاوز ملف المفتاح {limit} بايت.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="195"/>
        <source>The file holds no OpenPGP public key.</source>
        <translation>لا يحتوي الملف على أي مفتاح عام OpenPGP.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="372"/>
        <source>GnuPG (gpg) is not installed; it is needed to import OpenPGP keys.</source>
        <translation>برنامج GnuPG (gpg) غير مثبّت؛ وهو لازم لاستيراد مفاتيح OpenPGP.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="377"/>
        <source>GnuPG could not be run: {reason}.</source>
        <translation>تعذّر تشغيل GnuPG: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="380"/>
        <source>GnuPG refused the key file: {reason}.</source>
        <translation>رفض GnuPG ملف المفتاح: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/record.py" line="214"/>
        <source>Content Credentials (C2PA) are present but could not be read: {reason}.</source>
        <translation>توجد بيانات اعتماد المحتوى (C2PA) لكن تعذّرت قراءتها: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/record.py" line="221"/>
        <source>Content Credentials (C2PA) are said to be at {url}; not fetched (CaseDesk works offline).</source>
        <translation>يُذكر أن بيانات اعتماد المحتوى (C2PA) موجودة في {url}؛ لم تُجلب (يعمل CaseDesk دون اتصال).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/record.py" line="229"/>
        <source>Content Credentials (C2PA) do not validate ({state}: {codes}); the original is kept as received.</source>
        <translation>بيانات اعتماد المحتوى (C2PA) غير صالحة ({state}: {codes})؛ يُحتفظ بالملف الأصلي كما ورد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/record.py" line="236"/>
        <source>Content Credentials (C2PA) do not validate ({state}); the original is kept as received.</source>
        <translation>بيانات اعتماد المحتوى (C2PA) غير صالحة ({state})؛ يُحتفظ بالملف الأصلي كما ورد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/trust.py" line="111"/>
        <source>That file is too large to be a bundle of trust anchors.</source>
        <translation>هذا الملف أكبر من أن يكون مجموعة من مراسي الثقة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/trust.py" line="115"/>
        <source>Not a PEM certificate file: {reason}.</source>
        <translation>ليس ملف شهادة بصيغة PEM: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/trust.py" line="118"/>
        <source>No certificate found: trust anchors are given as PEM (-----BEGIN CERTIFICATE-----).</source>
        <translation>لم يُعثر على أي شهادة: تُقدَّم مراسي الثقة بصيغة PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="167"/>
        <source>it has no datapackage.json</source>
        <translation>لا يحتوي على ملف datapackage.json</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="203"/>
        <source>a resource without a path</source>
        <translation>مورد بلا مسار</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="208"/>
        <source>not in the archive</source>
        <translation>غير موجود في الأرشيف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="211"/>
        <source>no hash it can be checked against</source>
        <translation>لا توجد بصمة يمكن التحقق بها</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="215"/>
        <source>{count} bytes, not the {size} stated</source>
        <translation>{count} بايت، لا {size} كما هو مذكور</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="218"/>
        <source>its hash differs</source>
        <translation>تختلف بصمته</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="263"/>
        <location filename="../../src/casedesk/provenance/wacz_records.py" line="161"/>
        <location filename="../../src/casedesk/provenance/wacz_streams.py" line="35"/>
        <source>{name} expands more than {ratio} times (a zip bomb)</source>
        <translation>يتوسّع {name} أكثر من {ratio} مرة (قنبلة ضغط)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="270"/>
        <location filename="../../src/casedesk/provenance/wacz_records.py" line="157"/>
        <location filename="../../src/casedesk/provenance/wacz_streams.py" line="44"/>
        <source>it expands to more data than the limit allows (a zip bomb)</source>
        <translation>يتوسّع إلى بيانات تتجاوز الحد المسموح (قنبلة ضغط)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="278"/>
        <source>it has {count} entries, more than the limit of {limit}</source>
        <translation>يحتوي على {count} مدخلًا، أكثر من الحد البالغ {limit}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="291"/>
        <source>the entry {name!r} has a path that climbs out of the archive</source>
        <translation>للمدخل {name!r} مسار يخرج من الأرشيف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="293"/>
        <source>the entry {name!r} has control characters in its name</source>
        <translation>يحتوي اسم المدخل {name!r} على محارف تحكم</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="295"/>
        <source>the entry {name!r} is a link or a device, not a file</source>
        <translation>المدخل {name!r} رابط أو جهاز وليس ملفًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="297"/>
        <source>the entry {name!r} is encrypted</source>
        <translation>المدخل {name!r} مشفّر</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="299"/>
        <source>the entry {name!r} uses an unsupported compression method</source>
        <translation>يستخدم المدخل {name!r} طريقة ضغط غير مدعومة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="301"/>
        <source>the entry {name!r} appears twice</source>
        <translation>يظهر المدخل {name!r} مرتين</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="352"/>
        <source>Web archive (WACZ) refused: {reason}.</source>
        <translation>رُفض أرشيف الويب (WACZ): {reason}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/provenance/wacz.py" line="356"/>
        <source>Web archive (WACZ): %n resource differs from its datapackage.json.</source>
        <translation>
            <numerusform>أرشيف الويب (WACZ): لا يختلف أي مورد (%n) عن datapackage.json الخاص به.</numerusform>
            <numerusform>أرشيف الويب (WACZ): يختلف مورد واحد (%n) عن datapackage.json الخاص به.</numerusform>
            <numerusform>أرشيف الويب (WACZ): يختلف موردان (%n) عن datapackage.json الخاص به.</numerusform>
            <numerusform>أرشيف الويب (WACZ): تختلف %n موارد عن datapackage.json الخاص به.</numerusform>
            <numerusform>أرشيف الويب (WACZ): يختلف %n موردًا عن datapackage.json الخاص به.</numerusform>
            <numerusform>أرشيف الويب (WACZ): يختلف %n مورد عن datapackage.json الخاص به.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="362"/>
        <source>Web archive (WACZ): its datapackage.json lists no resource.</source>
        <translation>أرشيف الويب (WACZ): لا يسرد ملف datapackage.json الخاص به أي مورد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="364"/>
        <source>Web archive (WACZ): datapackage.json differs from the digest it was signed by.</source>
        <translation>أرشيف الويب (WACZ): لا يطابق datapackage.json البصمة التي وُقِّعت.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="367"/>
        <source>Web archive (WACZ): its signature is invalid ({problem}).</source>
        <translation>أرشيف الويب (WACZ): توقيعه غير صالح ({problem}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="370"/>
        <source>Web archive (WACZ): its signature is not trusted ({problem}).</source>
        <translation>أرشيف الويب (WACZ): توقيعه غير موثوق ({problem}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_records.py" line="89"/>
        <source>{name} is not a WARC file</source>
        <translation>الملف {name} ليس ملف WARC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_records.py" line="104"/>
        <location filename="../../src/casedesk/provenance/wacz_records.py" line="109"/>
        <location filename="../../src/casedesk/provenance/wacz_records.py" line="120"/>
        <location filename="../../src/casedesk/provenance/wacz_streams.py" line="49"/>
        <source>{name}: a record&apos;s stated length does not match its content</source>
        <translation>{name}: الطول المعلَن لأحد السجلات لا يطابق محتواه</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="91"/>
        <source>the signature signs another digest than this archive&apos;s</source>
        <translation>يوقّع التوقيع بصمة غير بصمة هذا الأرشيف</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="96"/>
        <source>the signature data are malformed ({reason})</source>
        <translation>بيانات التوقيع مشوّهة ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="106"/>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="130"/>
        <source>the ECDSA signature does not verify</source>
        <translation>لا يتحقق توقيع ECDSA</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="137"/>
        <source>the certificate is for {names}, not {domain}</source>
        <translation>الشهادة صادرة لـ{names} وليس لـ{domain}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="141"/>
        <source>the signature states no valid creation time</source>
        <translation>لا يذكر التوقيع وقت إنشاء صالحًا</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="159"/>
        <source>it carries no time stamp</source>
        <translation>لا يحمل أي ختم زمني</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="184"/>
        <source>its certificate chain does not lead to a pinned root</source>
        <translation>لا تؤدي سلسلة شهاداته إلى أي جذر مثبّت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="197"/>
        <source>its certificate path is not valid at the time stamp ({reason})</source>
        <translation>مسار شهاداته غير صالح في وقت الختم الزمني ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="205"/>
        <source>the time stamp is not within ten minutes of the stated creation time</source>
        <translation>لا يقع الختم الزمني ضمن عشر دقائق من وقت الإنشاء المذكور</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="207"/>
        <source>the certificate was not issued within seven days before the signature</source>
        <translation>لم تُصدَر الشهادة خلال الأيام السبعة السابقة للتوقيع</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/compat.py" line="75"/>
        <source>{package} is not installed</source>
        <comment>fragment: what the PDF report found</comment>
        <translation>الحزمة {package} غير مثبَّتة</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/compat.py" line="77"/>
        <source>{package} {version} is installed</source>
        <comment>fragment: what the PDF report found</comment>
        <translation>الإصدار {version} من {package} هو المثبَّت</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/compat.py" line="85"/>
        <source>The PDF report needs {package} {wanted}, but {found}; install a supported version (pip install &apos;{package}{wanted}&apos;).</source>
        <translation>يتطلّب تقرير PDF الحزمة {package} {wanted}، لكن {found}؛ ثبِّت إصدارًا مدعومًا (pip install &apos;{package}{wanted}&apos;).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/context.py" line="164"/>
        <location filename="../../src/casedesk/report/export.py" line="131"/>
        <source>The case&apos;s custody log is empty: there is no entry to report as of.</source>
        <translation>سجل عهدة القضية فارغ: لا يوجد قيد يُعَدّ التقرير بتاريخه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/export.py" line="60"/>
        <source>{path} is a folder; give the name of the PDF file to write.</source>
        <translation>المسار {path} مجلد؛ حدِّد اسم ملف PDF المراد كتابته.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/options.py" line="53"/>
        <source>Unknown report section(s): {names}; choose from {choices}.</source>
        <translation>أقسام التقرير التالية غير معروفة: {names}؛ اختر من بين {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/options.py" line="60"/>
        <source>Custody log mode {mode!r} is not &apos;full&apos; or &apos;summary&apos;.</source>
        <translation>نمط سجل العهدة {mode!r} ليس &apos;full&apos; ولا &apos;summary&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/options.py" line="63"/>
        <source>There is no report in language {language!r}; choose from {choices}.</source>
        <translation>لا يوجد تقرير باللغة {language!r}؛ اختر من بين {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/options.py" line="122"/>
        <source>These are not report options ({reason}).</source>
        <translation>هذه ليست خيارات تقرير ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/audio.py" line="60"/>
        <source>The sound cannot be opened: {reason}.</source>
        <translation>تعذّر فتح الصوت: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/audio.py" line="64"/>
        <source>The item has no sound to transcribe.</source>
        <translation>لا يحتوي هذا الدليل على صوت لتفريغه نصيًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/audio.py" line="70"/>
        <source>The sound could not be decoded: no samples.</source>
        <translation>تعذّر فك ترميز الصوت: لا توجد عيّنات.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/audio.py" line="98"/>
        <location filename="../../src/casedesk/speech/audio.py" line="110"/>
        <source>The sound could not be decoded: {reason}.</source>
        <translation>تعذّر فك ترميز الصوت: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/audio.py" line="119"/>
        <source>The sound is longer than {hours} hours; CaseDesk does not transcribe it whole. Cut it into parts first.</source>
        <translation>مدة الصوت أطول من {hours} ساعات؛ ولا يفرّغه CaseDesk نصيًا دفعة واحدة. قسّمه إلى أجزاء أولًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/audio.py" line="129"/>
        <source>Decoding the sound took longer than {seconds} seconds; the file may be damaged or hostile, and was not transcribed.</source>
        <translation>استغرق فك ترميز الصوت أكثر من {seconds} ثانية؛ قد يكون الملف تالفًا أو خبيثًا، ولم يُفرَّغ نصيًا.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/engine.py" line="91"/>
        <source>The speech engine faster-whisper is not installed ({reason}). Install it in CaseDesk&apos;s Python with: pip install faster-whisper</source>
        <translation>محرك التعرف على الكلام faster-whisper غير مثبَّت ({reason}). ثبّته في بيئة Python الخاصة بـ CaseDesk بالأمر: pip install faster-whisper</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/engine.py" line="124"/>
        <source>{path} is not a faster-whisper (CTranslate2) Whisper model folder: {files} missing.</source>
        <translation>{path} ليس مجلد نموذج Whisper لمحرك faster-whisper ‏(CTranslate2): الملفات الناقصة: {files}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/engine.py" line="152"/>
        <source>The engine cannot load the model in {path}: {reason}.</source>
        <translation>يتعذّر على المحرك تحميل النموذج الموجود في {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/engine.py" line="158"/>
        <source>The model in {path} expects {model} mel bands but its folder describes {folder}; its preprocessor_config.json is missing or wrong.</source>
        <translation>يتوقع النموذج الموجود في {path} عدد {model} من نطاقات mel، لكن مجلده يصف {folder}؛ الملف preprocessor_config.json مفقود أو خاطئ.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/engine.py" line="186"/>
        <source>This model does not know the language {language}; it knows: {known}.</source>
        <translation>لا يعرف هذا النموذج اللغة {language}؛ اللغات التي يعرفها: {known}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="85"/>
        <source>No such file or folder: {path}.</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم: {path}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="90"/>
        <source>{path} is a whisper.cpp (ggml) model; this CaseDesk runs faster-whisper models. Add the folder of a CTranslate2 conversion of the same model (model.bin, config.json, tokenizer.json, vocabulary).</source>
        <translation>{path} نموذج whisper.cpp ‏(ggml)؛ وهذا الإصدار من CaseDesk يشغّل نماذج faster-whisper. أضف مجلد نسخة محوَّلة إلى CTranslate2 من النموذج نفسه (model.bin وconfig.json وtokenizer.json وملف المفردات).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="100"/>
        <source>{path} is not a speech model. Give the folder of a faster-whisper (CTranslate2) Whisper model, or its model.bin.</source>
        <translation>{path} ليس نموذجًا للتعرف على الكلام. حدّد مجلد نموذج Whisper لمحرك faster-whisper ‏(CTranslate2)، أو ملفه model.bin.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="130"/>
        <source>{ref} names several models; give more of the hash.</source>
        <translation>يشير {ref} إلى عدة نماذج؛ أدخل جزءًا أطول من قيمة التجزئة.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="132"/>
        <source>No speech model named {ref} in this workspace; it has: {names}.</source>
        <translation>لا يوجد نموذج للتعرف على الكلام باسم {ref} في مساحة العمل هذه؛ النماذج الموجودة فيها: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="146"/>
        <source>Several speech models are in this workspace ({names}); choose one by name.</source>
        <translation>توجد في مساحة العمل هذه عدة نماذج للتعرف على الكلام ({names})؛ اختر واحدًا منها باسمه.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="166"/>
        <source>A model needs a name.</source>
        <translation>يجب أن يكون للنموذج اسم.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="178"/>
        <source>A different model is already named {name}; choose another name.</source>
        <translation>يحمل نموذج آخر الاسم {name} بالفعل؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="217"/>
        <source>The model {name} is damaged: {file} cannot be read.</source>
        <translation>النموذج {name} تالف: تتعذّر قراءة {file}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="223"/>
        <source>The model {name} has changed since it was added ({file} differs); remove it and add it again.</source>
        <translation>تغيّر النموذج {name} منذ إضافته (الملف {file} مختلف)؛ احذفه ثم أضفه من جديد.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="234"/>
        <source>No speech model is installed in this workspace. CaseDesk never downloads one: add a faster-whisper model folder once with `casedesk models add PATH` (or Preferences ▸ Models).</source>
        <translation>لا يوجد نموذج مثبَّت للتعرف على الكلام في مساحة العمل هذه. لا يُنزّل CaseDesk أي نموذج أبدًا: أضف مجلد نموذج faster-whisper مرة واحدة بالأمر `casedesk models add PATH` (أو من التفضيلات ▸ النماذج).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="277"/>
        <source>Cannot copy {file} of the model: {reason}.</source>
        <translation>يتعذّر نسخ الملف {file} من النموذج: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/transcriber.py" line="43"/>
        <source>{language} is not a language code (ar, fr, en...).</source>
        <translation>{language} ليس رمز لغة (ar أو fr أو en…).</translation>
    </message>
</context>
</TS>

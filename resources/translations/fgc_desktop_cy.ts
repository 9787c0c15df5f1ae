<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
    <context>
        <name>FGCDesktop</name>
        <message>
            <location filename="../../fgc_desktop/ui/action_people_dialog.py" />
            <source>Who will do this?</source>
            <translation>Pwy fydd yn gwneud hyn?</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/action_people_dialog.py" />
            <source>A service or someone outside the network</source>
            <translation>Gwasanaeth neu rywun y tu allan i'r rhwydwaith</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/action_people_dialog.py" />
            <source>e.g. the school nurse, the housing team</source>
            <translation>e.e. nyrs yr ysgol, y tîm tai</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/action_people_dialog.py" />
            <source>And/or a service:</source>
            <translation>A/neu wasanaeth:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/action_people_dialog.py" />
            <source>Tick everyone from the network who will do it:</source>
            <translation>Ticiwch bawb o'r rhwydwaith a fydd yn ei wneud:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/action_progress.py" />
            <source>What was agreed</source>
            <translation>Beth a gytunwyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/action_progress.py" />
            <location filename="../../fgc_desktop/ui/attendance_register.py" />
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <location filename="../../fgc_desktop/ui/history_model.py" />
            <location filename="../../fgc_desktop/ui/plan_actions.py" />
            <location filename="../../fgc_desktop/ui/preparation_visits.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Who</source>
            <translation>Pwy</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/action_progress.py" />
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <location filename="../../fgc_desktop/ui/plan_actions.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>By when</source>
            <translation>Erbyn pryd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/action_progress.py" />
            <source>How it is going</source>
            <translation>Sut mae'n mynd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/action_progress.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <location filename="../../fgc_desktop/services/plan_agreement.py" />
            <source>Note</source>
            <translation>Nodyn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/action_progress.py" />
            <source>The reviewed version of the plan has no actions.</source>
            <translation>Does dim camau gweithredu yn y fersiwn o'r cynllun a adolygwyd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/action_progress.py" />
            <source>How this action is going</source>
            <translation>Sut mae'r cam gweithredu hwn yn mynd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/action_progress.py" />
            <source>How it is going:</source>
            <translation>Sut mae'n mynd:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/action_progress.py" />
            <source>Selected action</source>
            <translation>Y cam gweithredu a ddewiswyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/action_progress.py" />
            <source>Actions of the reviewed plan</source>
            <translation>Camau gweithredu'r cynllun a adolygwyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/action_progress.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Support needed</source>
            <translation>Cymorth sydd ei angen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/action_progress.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>How we will know it is working</source>
            <translation>Sut y byddwn yn gwybod ei fod yn gweithio</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/action_progress.py" />
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>Review: </source>
            <translation>Adolygiad: </translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/action_progress.py" />
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>Action {number}</source>
            <translation>Cam gweithredu {number}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/app.py" />
            <source>Not an FGC Desktop caseload</source>
            <translation>Nid yw hwn yn llwyth achosion FGC Desktop</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/app.py" />
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <location filename="../../fgc_desktop/ui/store_health.py" />
            <location filename="../../fgc_desktop/ui/store_problem.py" />
            <source>The caseload file is damaged</source>
            <translation>Mae ffeil y llwyth achosion wedi'i difrodi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/app.py" />
            <source>Made by a newer FGC Desktop</source>
            <translation>Wedi'i greu gan fersiwn mwy newydd o FGC Desktop</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/app.py" />
            <source>The caseload cannot be written</source>
            <translation>Nid oes modd ysgrifennu i'r llwyth achosion</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/app.py" />
            <source>Cannot open</source>
            <translation>Methu agor</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/app.py" />
            <source>Choose another caseload file, or quit. Nothing has been changed.</source>
            <translation>Dewiswch ffeil llwyth achosion arall, neu gadewch. Does dim wedi newid.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/app.py" />
            <source>Choose another file…</source>
            <translation>Dewis ffeil arall…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/app.py" />
            <source>Quit</source>
            <translation>Gadael</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/app.py" />
            <source>Choose a caseload file (an existing one, or a new name)</source>
            <translation>Dewiswch ffeil llwyth achosion (un sy'n bodoli, neu enw newydd)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/app.py" />
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>FGC Desktop caseloads (*.sqlite);;All files (*)</source>
            <translation>Llwythi achosion FGC Desktop (*.sqlite);;Pob ffeil (*)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/app.py" />
            <source>The caseload in {name} is protected with a passphrase. Type the passphrase to open it.</source>
            <translation>Mae'r llwyth achosion yn {name} wedi'i ddiogelu â chyfrinymadrodd. Teipiwch y cyfrinymadrodd i'w agor.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/attendance_register.py" />
            <location filename="../../fgc_desktop/ui/review_invitees.py" />
            <source>Add people on the Network page first.</source>
            <translation>Ychwanegwch bobl ar dudalen y Rhwydwaith yn gyntaf.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/attendance_register.py" />
            <source>How they are here today</source>
            <translation>Sut maen nhw yma heddiw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/attendance_register.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Arrived late at</source>
            <translation>Cyrraedd yn hwyr am</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/attendance_register.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Left at</source>
            <translation>Gadael am</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/attendance_register.py" />
            <source>e.g. 10:45</source>
            <translation>e.e. 10:45</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/attendance_register.py" />
            <source>Attendance of {name}</source>
            <translation>Presenoldeb {name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/bottom_lines_panel.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <location filename="../../fgc_desktop/services/plan_agreement.py" />
            <source>Bottom line</source>
            <translation>Llinell sylfaen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/bottom_lines_panel.py" />
            <location filename="../../fgc_desktop/ui/dashboard_lists.py" />
            <location filename="../../fgc_desktop/ui/must_not_attend_with.py" />
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Why</source>
            <translation>Pam</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/bottom_lines_panel.py" />
            <source>New bottom line</source>
            <translation>Llinell sylfaen newydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/bottom_lines_panel.py" />
            <source>e.g. The children cannot live with …</source>
            <translation>e.e. Ni all y plant fyw gyda …</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/bottom_lines_panel.py" />
            <source>Bottom line:</source>
            <translation>Llinell sylfaen:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/bottom_lines_panel.py" />
            <source>Add bottom line</source>
            <translation>Ychwanegu llinell sylfaen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/bottom_lines_panel.py" />
            <source>Go through the bottom lines with the referrer before the conference, so the family hear the same ones on the day.</source>
            <translation>Ewch drwy'r llinellau sylfaen gyda'r atgyfeiriwr cyn y gynhadledd, fel bod y teulu'n clywed yr un rhai ar y diwrnod.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/bottom_lines_panel.py" />
            <source>bottom line</source>
            <translation>llinell sylfaen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/bottom_lines_panel.py" />
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <source>Bottom lines</source>
            <translation>Llinellau sylfaen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/bottom_lines_panel.py" />
            <source>Agreed with the referrer</source>
            <translation>Wedi'u cytuno gyda'r atgyfeiriwr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/bottom_lines_panel.py" />
            <source>Selected: </source>
            <translation>Wedi'i dewis: </translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_model.py" />
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <location filename="../../fgc_desktop/ui/search_results.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_model.py" />
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <location filename="../../fgc_desktop/ui/search_results.py" />
            <source>Family</source>
            <translation>Teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_model.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Stage</source>
            <translation>Cam</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_model.py" />
            <source>Next date</source>
            <translation>Dyddiad nesaf</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_model.py" />
            <source>{event} overdue on {date}</source>
            <translation>{event}: roedd yn ddyledus ar {date}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_model.py" />
            <source>{event} due on {date}</source>
            <translation>{event}: yn ddyledus ar {date}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_model.py" />
            <source>⚠ overdue · {text}</source>
            <translation>⚠ hwyr · {text}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_model.py" />
            <source>{event} – no date</source>
            <translation>{event} – dim dyddiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_panel.py" />
            <source>Filter the caseload</source>
            <translation>Hidlo'r llwyth achosion</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_panel.py" />
            <source>Filter by reference, family or name…</source>
            <translation>Hidlo yn ôl cyfeirnod, teulu neu enw…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_panel.py" />
            <source>Fi&amp;nd:</source>
            <translation>Ca&amp;nfod:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_panel.py" />
            <source>Show the conferences at one stage</source>
            <translation>Dangos y cynadleddau sydd ar un cam</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_panel.py" />
            <source>All stages</source>
            <translation>Pob cam</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_panel.py" />
            <source>New conference…</source>
            <translation>Cynhadledd newydd…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_panel.py" />
            <location filename="../../fgc_desktop/ui/new_conference_dialog.py" />
            <source>New conference</source>
            <translation>Cynhadledd newydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_panel.py" />
            <source>Caseload</source>
            <translation>Llwyth achosion</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_panel.py" />
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>1 conference</source>
            <translation>1 gynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_panel.py" />
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>{count:,} conferences</source>
            <translation>{count:,} cynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>FGC Desktop has stopped saving to it. What you typed is still on screen; restore the caseload from a backup with File → Restore from a backup…</source>
            <translation>Mae FGC Desktop wedi peidio â chadw iddo. Mae'r hyn a deipiwyd gennych yn dal ar y sgrin; adferwch y llwyth achosion o gopi wrth gefn drwy Ffeil → Adfer o gopi wrth gefn…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>FGC Desktop</source>
            <translation>FGC Desktop</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>Backups of it were found. Restore one in its place? The damaged file is kept, exactly as it is, with the backups.</source>
            <translation>Daethpwyd o hyd i gopïau wrth gefn ohono. Adfer un yn ei le? Caiff y ffeil sydd wedi'i difrodi ei chadw, yn union fel y mae, gyda'r copïau wrth gefn.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <location filename="../../fgc_desktop/ui/store_health.py" />
            <source>Restore from a backup…</source>
            <translation>Adfer o gopi wrth gefn…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>Other choices…</source>
            <translation>Dewisiadau eraill…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>The caseload cannot be opened</source>
            <translation>Nid oes modd agor y llwyth achosion</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>FGC Desktop will close.</source>
            <translation>Bydd FGC Desktop yn cau.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>Restored</source>
            <translation>Wedi'i adfer</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>Restoring the backup…</source>
            <translation>Yn adfer y copi wrth gefn…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>Checking the backup and keeping the caseload as it is now…</source>
            <translation>Yn gwirio'r copi wrth gefn ac yn cadw'r llwyth achosion fel y mae nawr…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>Not restored</source>
            <translation>Heb ei adfer</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>The caseload is as it was.</source>
            <translation>Mae'r llwyth achosion fel yr oedd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>The caseload now holds what {name} held.</source>
            <translation>Mae'r llwyth achosion bellach yn dal yr hyn yr oedd {name} yn ei ddal.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <location filename="../../fgc_desktop/ui/verify_plan_window.py" />
            <source>The caseload could not be read</source>
            <translation>Nid oedd modd darllen y llwyth achosion</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>Nothing was changed. Try again in a moment.</source>
            <translation>Ni newidiwyd dim. Rhowch gynnig arall arni mewn munud.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>The damaged file is as it was.</source>
            <translation>Mae'r ffeil sydd wedi'i difrodi fel yr oedd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>Nothing was changed.</source>
            <translation>Ni newidiwyd dim.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>It keeps the caseload's passphrase, not the backup's.</source>
            <translation>Mae'n cadw cyfrinymadrodd y llwyth achosion, nid un y copi wrth gefn.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>It is not protected with a passphrase, as the caseload was not.</source>
            <translation>Nid yw wedi'i ddiogelu â chyfrinymadrodd, gan nad oedd y llwyth achosion.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>The caseload as it was is kept as {name}.</source>
            <translation>Mae'r llwyth achosion fel yr oedd wedi'i gadw fel {name}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>Backed up at {value1}</source>
            <translation>Copi wrth gefn am {value1}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_passphrase_dialog.py" />
            <source>Sign the agreed plan</source>
            <translation>Llofnodi'r cynllun y cytunwyd arno</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_passphrase_dialog.py" />
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Cyfrinymadrodd:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_passphrase_dialog.py" />
            <source>Certificate passphrase</source>
            <translation>Cyfrinymadrodd y dystysgrif</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_passphrase_dialog.py" />
            <source>Sign and agree</source>
            <translation>Llofnodi a chytuno</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_passphrase_dialog.py" />
            <source>The agreed plan is signed digitally with the certificate{whose}, so anyone can check later that a copy is exactly the plan as agreed.

Type the certificate's passphrase. It is asked once while the app is open and is never saved.</source>
            <translation>Caiff y cynllun y cytunwyd arno ei lofnodi'n ddigidol â'r dystysgrif{whose}, fel y gall unrhyw un wirio'n ddiweddarach mai copi yw hwn o'r union gynllun y cytunwyd arno.

Teipiwch gyfrinymadrodd y dystysgrif. Gofynnir amdano unwaith tra bo'r ap ar agor ac nid yw byth yn cael ei gadw.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_passphrase_dialog.py" />
            <source>Certificate file: {path}</source>
            <translation>Ffeil y dystysgrif: {path}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_passphrase_dialog.py" />
            <source>of {name}</source>
            <translation>{name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>Set up plan signing</source>
            <translation>Gosod llofnodi cynlluniau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>Agreed plans are signed digitally, so anyone can check later that a copy is exactly the plan as agreed. Signing needs a certificate, protected by a passphrase only you know. This is needed once.</source>
            <translation>Caiff cynlluniau y cytunwyd arnynt eu llofnodi'n ddigidol, fel y gall unrhyw un wirio'n ddiweddarach mai copi yw hwn o'r union gynllun y cytunwyd arno. Mae llofnodi angen tystysgrif, wedi'i diogelu gan gyfrinymadrodd yr ydych chi'n unig yn ei wybod. Mae angen hyn unwaith.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>Create my certificate</source>
            <translation>Creu fy nhystysgrif</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>Use my organisation's certificate</source>
            <translation>Defnyddio tystysgrif fy sefydliad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>FGC Desktop makes a certificate in your name, signed by itself. Plans signed with it are recognised by this caseload; other programs show it as from an unknown issuer, which is expected.</source>
            <translation>Mae FGC Desktop yn gwneud tystysgrif yn eich enw, wedi'i llofnodi ganddo'i hun. Caiff cynlluniau a lofnodwyd â hi eu hadnabod gan y llwyth achosion hwn; mae rhaglenni eraill yn ei dangos fel un gan gyhoeddwr anhysbys, sy'n ddisgwyliedig.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>Your name, as the certificate shows it</source>
            <translation>Eich enw, fel y mae'r dystysgrif yn ei ddangos</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>New passphrase</source>
            <translation>Cyfrinymadrodd newydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>New passphrase again</source>
            <translation>Cyfrinymadrodd newydd eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>Your &amp;name:</source>
            <translation>Eich &amp;enw:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>Service:</source>
            <translation>Gwasanaeth:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>&amp;Again:</source>
            <translation>&amp;Eto:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>If your organisation gave you a certificate file (.p12 or .pfx) and its passphrase, choose it here. A copy is kept with the caseload.</source>
            <translation>Os rhoddodd eich sefydliad ffeil tystysgrif (.p12 neu .pfx) a'i chyfrinymadrodd i chi, dewiswch hi yma. Caiff copi ei gadw gyda'r llwyth achosion.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>Certificate file</source>
            <translation>Ffeil y dystysgrif</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>No file chosen</source>
            <translation>Dim ffeil wedi'i dewis</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>Choose…</source>
            <translation>Dewis…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>The file's passphrase</source>
            <translation>Cyfrinymadrodd y ffeil</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>&amp;File:</source>
            <translation>&amp;Ffeil:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>Choose your organisation's certificate</source>
            <translation>Dewiswch dystysgrif eich sefydliad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>Certificate files (*.p12 *.pfx);;All files (*)</source>
            <translation>Ffeiliau tystysgrif (*.p12 *.pfx);;Pob ffeil (*)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>Create</source>
            <translation>Creu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>Import</source>
            <translation>Mewnforio</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>choose the file your organisation gave you</source>
            <translation>dewiswch y ffeil a roddodd eich sefydliad i chi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>At least {SHORTEST_PASSPHRASE} characters; a few words is easy to remember and hard to guess. If it is lost, the certificate cannot be used: make a new one (plans signed before stay checkable).</source>
            <translation>O leiaf {SHORTEST_PASSPHRASE} nod; mae ychydig o eiriau'n hawdd eu cofio ac yn anodd eu dyfalu. Os caiff ei golli, ni ellir defnyddio'r dystysgrif: gwnewch un newydd (gellir gwirio cynlluniau a lofnodwyd o'r blaen o hyd).</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>Create and sign</source>
            <translation>Creu a llofnodi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_setup_dialog.py" />
            <source>Import and sign</source>
            <translation>Mewnforio a llofnodi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_status.py" />
            <source>the certificate</source>
            <translation>y dystysgrif</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_status.py" />
            <source>Signing certificate</source>
            <translation>Tystysgrif llofnodi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_status.py" />
            <source>Keep a copy of that file and its passphrase somewhere safe. To sign with a certificate your organisation issued instead, import it; plans signed before stay checkable.</source>
            <translation>Cadwch gopi o'r ffeil honno a'i chyfrinymadrodd yn rhywle diogel. I lofnodi â thystysgrif a gyhoeddwyd gan eich sefydliad yn lle hynny, mewnforiwch hi; gellir gwirio cynlluniau a lofnodwyd o'r blaen o hyd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_status.py" />
            <source>Import another…</source>
            <translation>Mewnforio un arall…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_status.py" />
            <source>the certificate of {name}</source>
            <translation>tystysgrif {name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/certificate_status.py" />
            <source>Agreed plans are signed with {whose}, kept at:
{path}</source>
            <translation>Caiff cynlluniau y cytunwyd arnynt eu llofnodi â {whose}, a gedwir yn:
{path}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/child_relationships.py" />
            <source>Only where it differs between the children; leave empty otherwise.</source>
            <translation>Dim ond lle mae'n wahanol rhwng y plant; fel arall gadewch yn wag.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/child_relationships.py" />
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <location filename="../../fgc_desktop/services/network.py" />
            <source>Relationship</source>
            <translation>Perthynas</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/child_relationships.py" />
            <source>Relationship to {name}</source>
            <translation>Perthynas â {name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/child_relationships.py" />
            <source>To {name}:</source>
            <translation>I {name}:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/child_voice_section.py" />
            <source>How gathered</source>
            <translation>Sut y'i casglwyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/child_voice_section.py" />
            <location filename="../../fgc_desktop/domain/network.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Advocate</source>
            <translation>Eiriolwr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/child_voice_section.py" />
            <source>Add the child or children on the Network page first.</source>
            <translation>Ychwanegwch y plentyn neu'r plant ar dudalen y Rhwydwaith yn gyntaf.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/child_voice_section.py" />
            <source>Nobody yet</source>
            <translation>Neb eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/child_voice_section.py" />
            <source>{name}: wishes and feelings</source>
            <translation>{name}: dymuniadau a theimladau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/child_voice_section.py" />
            <source>{name}: how their voice was gathered</source>
            <translation>{name}: sut y casglwyd ei lais</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/child_voice_section.py" />
            <source>{name}: advocate</source>
            <translation>{name}: eiriolwr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/closing_dialog.py" />
            <location filename="../../fgc_desktop/ui/stage_bar.py" />
            <source>Close the conference</source>
            <translation>Cau'r gynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/closing_dialog.py" />
            <source>Closing ends this family group conference: no more reviews are held, and the conference moves to Closed with the reason kept in its history.</source>
            <translation>Mae cau yn dod â'r gynhadledd grŵp teulu hon i ben: ni chynhelir rhagor o adolygiadau, ac mae'r gynhadledd yn symud i Wedi cau gyda'r rheswm wedi'i gadw yn ei hanes.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/closing_dialog.py" />
            <source>Why the conference is closing</source>
            <translation>Pam mae'r gynhadledd yn cau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/closing_dialog.py" />
            <source>Choose a reason…</source>
            <translation>Dewiswch reswm…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/closing_dialog.py" />
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Closing note</source>
            <translation>Nodyn cau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/closing_dialog.py" />
            <source>In a sentence or two, for the record</source>
            <translation>Mewn brawddeg neu ddwy, ar gyfer y cofnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/closing_dialog.py" />
            <location filename="../../fgc_desktop/ui/consent_withdrawal_dialog.py" />
            <source>&amp;Why:</source>
            <translation>&amp;Pam:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/closing_dialog.py" />
            <source>&amp;Note:</source>
            <translation>&amp;Nodyn:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_exchange.py" />
            <source>Conference files (*.json);;All files (*)</source>
            <translation>Ffeiliau cynhadledd (*.json);;Pob ffeil (*)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_exchange.py" />
            <source>Import a conference</source>
            <translation>Mewnforio cynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_exchange.py" />
            <source>Export {reference}</source>
            <translation>Allforio {reference}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_exchange.py" />
            <source>Not exported</source>
            <translation>Heb ei allforio</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_exchange.py" />
            <source>Not imported</source>
            <translation>Heb ei mewnforio</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_exchange.py" />
            <source>Nothing was added to the caseload.</source>
            <translation>Ni ychwanegwyd dim at y llwyth achosion.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_exchange.py" />
            <source>The file has {count_problems} problems; the first is: {value3}</source>
            <translation>Mae gan y ffeil {count_problems} problem; y cyntaf yw: {value3}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <location filename="../../fgc_desktop/domain/stage.py" />
            <source>Referral</source>
            <translation>Atgyfeiriad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source>Network</source>
            <translation>Rhwydwaith</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <location filename="../../fgc_desktop/domain/stage.py" />
            <source>Preparation</source>
            <translation>Paratoi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source>Conference day</source>
            <translation>Diwrnod y gynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <location filename="../../fgc_desktop/domain/stage.py" />
            <source>Information sharing</source>
            <translation>Rhannu gwybodaeth</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source>Invitations</source>
            <translation>Gwahoddiadau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <location filename="../../fgc_desktop/services/plan_copies.py" />
            <source>Plan</source>
            <translation>Cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <location filename="../../fgc_desktop/ui/dashboard_lists.py" />
            <location filename="../../fgc_desktop/domain/stage.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <location filename="../../fgc_desktop/services/review.py" />
            <source>Review</source>
            <translation>Adolygiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source>History</source>
            <translation>Hanes</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source>Sharing</source>
            <translation>Rhannu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source>Letters</source>
            <translation>Llythyrau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source>Referral</source>
            <comment>tab</comment>
            <translation>Atgyfeiriad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source>Network</source>
            <comment>tab</comment>
            <translation>Rhwydwaith</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source>Map</source>
            <comment>tab</comment>
            <translation>Map</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source>Bottom lines</source>
            <comment>tab</comment>
            <translation>Llinellau sylfaen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source>Preparation</source>
            <comment>tab</comment>
            <translation>Paratoi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source>Conference day</source>
            <comment>tab</comment>
            <translation>Y diwrnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source>Sharing</source>
            <comment>tab</comment>
            <translation>Rhannu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source>Letters</source>
            <comment>tab</comment>
            <translation>Llythyrau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source>Plan</source>
            <comment>tab</comment>
            <translation>Cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source>Review</source>
            <comment>tab</comment>
            <translation>Adolygiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source>History</source>
            <comment>tab</comment>
            <translation>Hanes</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source>Conference pages</source>
            <translation>Tudalennau'r gynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <source> To go on, record their new consent on the Referral page.</source>
            <translation> I fwrw ymlaen, cofnodwch eu cydsyniad newydd ar dudalen yr Atgyfeiriad.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <source>No consent recorded yet.</source>
            <translation>Dim cydsyniad wedi'i gofnodi eto.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <source>✓ Consent given by {name} on {date}, {how}.</source>
            <translation>✓ Cydsyniad wedi'i roi gan {name} ar {date}, {how}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <source>✓ Consent given by {name} on {date}.</source>
            <translation>✓ Cydsyniad wedi'i roi gan {name} ar {date}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <source>Consent comes from someone with parental responsibility. The family can withdraw it at any time.</source>
            <translation>Daw cydsyniad gan rywun â chyfrifoldeb rhiant. Gall y teulu ei dynnu'n ôl ar unrhyw adeg.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <location filename="../../fgc_desktop/services/referral.py" />
            <source>Consent given by</source>
            <translation>Cydsyniad wedi'i roi gan</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <location filename="../../fgc_desktop/services/referral.py" />
            <source>Consent given on</source>
            <translation>Cydsyniad wedi'i roi ar</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <location filename="../../fgc_desktop/ui/consent_withdrawal_dialog.py" />
            <location filename="../../fgc_desktop/ui/field_form.py" />
            <source>e.g. 2026-03-31 or 31/03/2026</source>
            <translation>e.e. 2026-03-31 neu 31/03/2026</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>How consent was given</source>
            <translation>Sut y rhoddwyd cydsyniad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <source>Record consent</source>
            <translation>Cofnodi cydsyniad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <source>Consent withdrawn…</source>
            <translation>Cydsyniad wedi'i dynnu'n ôl…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <source>Record that consent was withdrawn</source>
            <translation>Cofnodi bod y cydsyniad wedi'i dynnu'n ôl</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <source>⛔ The family withdrew their consent on {date}{why}. The conference cannot move on unless they consent again.</source>
            <translation>⛔ Tynnodd y teulu eu cydsyniad yn ôl ar {date}{why}. Ni all y gynhadledd symud ymlaen oni bai eu bod yn cydsynio eto.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <source>Given &amp;by:</source>
            <translation>Wedi'i roi &amp;gan:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <source>Given &amp;on:</source>
            <translation>Wedi'i roi &amp;ar:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <source>&amp;How:</source>
            <translation>&amp;Sut:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <source>Record their new consent</source>
            <translation>Cofnodi eu cydsyniad newydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <source>Add the family's adults on the Network page first</source>
            <translation>Ychwanegwch oedolion y teulu ar dudalen y Rhwydwaith yn gyntaf</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <source>Choose who gave consent; add them on the Network page first.</source>
            <translation>Dewiswch pwy roddodd gydsyniad; ychwanegwch nhw ar dudalen y Rhwydwaith yn gyntaf.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <source>{problem}. If they do, tick “Has parental responsibility” for them on the Network page.</source>
            <translation>{problem}. Os oes ganddynt, ticiwch “Mae ganddynt gyfrifoldeb rhiant” ar eu cyfer ar dudalen y Rhwydwaith.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_section.py" />
            <source>(no parental responsibility recorded)</source>
            <translation>(dim cyfrifoldeb rhiant wedi'i gofnodi)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_withdrawal_dialog.py" />
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>Consent withdrawn</source>
            <translation>Cydsyniad wedi'i dynnu'n ôl</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_withdrawal_dialog.py" />
            <source>When the family withdraw their consent, the conference stops here and cannot move on unless they consent again. Write down when, and why in their own words.</source>
            <translation>Pan fydd y teulu'n tynnu eu cydsyniad yn ôl, mae'r gynhadledd yn stopio yma ac ni all symud ymlaen oni bai eu bod yn cydsynio eto. Nodwch pryd, a pham yn eu geiriau eu hunain.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_withdrawal_dialog.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <location filename="../../fgc_desktop/services/referral.py" />
            <source>Consent withdrawn on</source>
            <translation>Cydsyniad wedi'i dynnu'n ôl ar</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_withdrawal_dialog.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <location filename="../../fgc_desktop/services/referral.py" />
            <source>Why consent was withdrawn</source>
            <translation>Pam y tynnwyd y cydsyniad yn ôl</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_withdrawal_dialog.py" />
            <source>&amp;Withdrawn on:</source>
            <translation>Wedi'i &amp;dynnu'n ôl ar:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_withdrawal_dialog.py" />
            <source>Record the withdrawal</source>
            <translation>Cofnodi'r tynnu'n ôl</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/consent_withdrawal_dialog.py" />
            <source>Not saved: {error}</source>
            <translation>Heb ei gadw: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>&amp;Search everything:</source>
            <translation>&amp;Chwilio popeth:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>Search the whole caseload</source>
            <translation>Chwilio'r llwyth achosion cyfan</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>Any name, reference or note, in any script…</source>
            <translation>Unrhyw enw, cyfeirnod neu nodyn, mewn unrhyw wyddor…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>This week</source>
            <translation>Yr wythnos hon</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>Reviews due and overdue</source>
            <translation>Adolygiadau sy'n ddyledus ac yn hwyr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>Nothing on this week.</source>
            <translation>Dim byd yr wythnos hon.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>No reviews due in the next four weeks.</source>
            <translation>Dim adolygiadau'n ddyledus yn y pedair wythnos nesaf.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>No actions are overdue.</source>
            <translation>Does dim camau gweithredu'n hwyr.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>No family has withdrawn consent.</source>
            <translation>Does dim teulu wedi tynnu ei gydsyniad yn ôl.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>Actions overdue, by person responsible</source>
            <translation>Camau gweithredu hwyr, fesul person cyfrifol</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>Actions overdue, by person</source>
            <translation>Camau gweithredu hwyr, fesul person</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>Reading the caseload…</source>
            <translation>Yn darllen y llwyth achosion…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>All conferences</source>
            <translation>Pob cynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>1 person</source>
            <translation>1 person</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>⚠ The caseload could not be read: {error}</source>
            <translation>⚠ Nid oedd modd darllen y llwyth achosion: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>1 conference in the caseload</source>
            <translation>1 gynhadledd yn y llwyth achosion</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>{name}: {number:,}. Show them in the caseload</source>
            <translation>{name}: {number:,}. Eu dangos yn y llwyth achosion</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>Show them in the caseload: {name}</source>
            <translation>Eu dangos yn y llwyth achosion: {name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>{overdue} overdue</source>
            <translation>{overdue} yn hwyr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>{count:,} people</source>
            <translation>{count:,} o bobl</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard.py" />
            <source>{count:,} conferences in the caseload</source>
            <translation>{count:,} cynhadledd yn y llwyth achosion</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard_lists.py" />
            <source>Day</source>
            <translation>Diwrnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard_lists.py" />
            <source>Meeting</source>
            <translation>Cyfarfod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard_lists.py" />
            <location filename="../../fgc_desktop/ui/overdue_actions_model.py" />
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <location filename="../../fgc_desktop/domain/dashboard.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Conference</source>
            <translation>Cynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard_lists.py" />
            <source>Withdrawn</source>
            <translation>Tynnwyd yn ôl</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard_lists.py" />
            <source>Not booked yet</source>
            <translation>Heb ei drefnu eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/dashboard_lists.py" />
            <source>Booked for {day}</source>
            <translation>Wedi'i drefnu ar gyfer {day}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/document_language.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Language of the family's documents</source>
            <translation>Iaith dogfennau'r teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/document_language.py" />
            <source>The family plan and invitation letters are written in this language, whatever language the app itself is in.</source>
            <translation>Mae cynllun y teulu a'r llythyrau gwahodd yn cael eu hysgrifennu yn yr iaith hon, beth bynnag yw iaith yr ap ei hun.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/document_language.py" />
            <source>&amp;Language of the family's documents:</source>
            <translation>&amp;Iaith dogfennau'r teulu:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/edit_attempt.py" />
            <source>Not saved: the store could not be written.</source>
            <translation>Heb ei gadw: nid oedd modd ysgrifennu i'r storfa.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_time.py" />
            <source>Family time so far</source>
            <translation>Amser teulu hyd yma</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_time.py" />
            <source>Start family time</source>
            <translation>Dechrau amser teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_time.py" />
            <source>The professionals leave the room; the clock starts.</source>
            <translation>Mae'r gweithwyr proffesiynol yn gadael yr ystafell; mae'r cloc yn dechrau.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_time.py" />
            <source>Pause for a break</source>
            <translation>Oedi am egwyl</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_time.py" />
            <source>Finish family time</source>
            <translation>Gorffen amser teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_time.py" />
            <source>The family call the professionals back in.</source>
            <translation>Mae'r teulu'n galw'r gweithwyr proffesiynol yn ôl i mewn.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_time.py" />
            <source>The family are talking in private. The clock is running.</source>
            <translation>Mae'r teulu'n siarad yn breifat. Mae'r cloc yn rhedeg.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_time.py" />
            <source>Resume family time</source>
            <translation>Ailddechrau amser teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_time.py" />
            <source>Not started. Start the clock when the professionals leave.</source>
            <translation>Heb ddechrau. Dechreuwch y cloc pan fydd y gweithwyr proffesiynol yn gadael.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_time.py" />
            <source>Family time finished.</source>
            <translation>Mae amser teulu wedi gorffen.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_time.py" />
            <source>On a break: the clock is paused.</source>
            <translation>Ar egwyl: mae'r cloc wedi'i oedi.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>What will happen</source>
            <translation>Beth fydd yn digwydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>Family view</source>
            <translation>Golwg y teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>Back to the coordinator</source>
            <translation>Yn ôl i'r cydlynydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>Back to the coordinator view</source>
            <translation>Yn ôl i olwg y cydlynydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>Questions to answer</source>
            <translation>Cwestiynau i'w hateb</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>Bottom lines: must be met</source>
            <translation>Llinellau sylfaen: rhaid eu bodloni</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Family time</source>
            <translation>Amser teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>No actions yet. Write the first one below.</source>
            <translation>Dim camau gweithredu eto. Ysgrifennwch y cyntaf isod.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>What will happen?</source>
            <translation>Beth fydd yn digwydd?</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>In your own words: what will happen?</source>
            <translation>Yn eich geiriau eich hun: beth fydd yn digwydd?</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>Who?</source>
            <translation>Pwy?</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>One or more people, or a service</source>
            <translation>Un neu fwy o bobl, neu wasanaeth</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>By when?</source>
            <translation>Erbyn pryd?</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>e.g. 31/05/2026</source>
            <translation>e.e. 31/05/2026</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>Add to our plan</source>
            <translation>Ychwanegu at ein cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>Add an action</source>
            <translation>Ychwanegu cam gweithredu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>Our actions</source>
            <translation>Ein camau gweithredu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>The referrer has not written questions for the family.</source>
            <translation>Nid yw'r atgyfeiriwr wedi ysgrifennu cwestiynau i'r teulu.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>There are no bottom lines.</source>
            <translation>Does dim llinellau sylfaen.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>Back to the coordinator?</source>
            <translation>Yn ôl i'r cydlynydd?</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>Leave the family view and go back to the coordinator's screens?

Everything the family wrote is kept.</source>
            <translation>Gadael golwg y teulu a mynd yn ôl i sgriniau'r cydlynydd?

Mae popeth a ysgrifennodd y teulu wedi'i gadw.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>Family view: {family_name}</source>
            <translation>Golwg y teulu: {family_name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>Our plan: {family_name}</source>
            <translation>Ein cynllun: {family_name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/family_view.py" />
            <source>Action {number}: </source>
            <translation>Cam gweithredu {number}: </translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/field_form.py" />
            <source>e.g. 10:30</source>
            <translation>e.e. 10:30</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/field_form.py" />
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>Not saved yet: the store could not be written.</source>
            <translation>Heb ei gadw eto: nid oedd modd ysgrifennu i'r storfa.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_model.py" />
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_model.py" />
            <source>Record</source>
            <translation>Cofnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_model.py" />
            <source>What changed</source>
            <translation>Beth a newidiodd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>Field</source>
            <translation>Maes</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>Kind of record to show</source>
            <translation>Math o gofnod i'w ddangos</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>A name, a word that was typed, or a field such as Address</source>
            <translation>Enw, gair a deipiwyd, neu faes fel Cyfeiriad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>Find in the history</source>
            <translation>Canfod yn yr hanes</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>Changes to this conference, newest first</source>
            <translation>Newidiadau i'r gynhadledd hon, y diweddaraf yn gyntaf</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>The chosen change, before and after</source>
            <translation>Y newid a ddewiswyd, cyn ac ar ôl</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>F&amp;ind:</source>
            <translation>C&amp;anfod:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>Every kind of record</source>
            <translation>Pob math o gofnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>&amp;Show:</source>
            <translation>&amp;Dangos:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>No change matches.</source>
            <translation>Does dim newid yn cyfateb.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>No changes yet.</source>
            <translation>Dim newidiadau eto.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>Before</source>
            <translation>Cyn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>What it held</source>
            <translation>Beth oedd ynddo</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>After</source>
            <translation>Ar ôl</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>What was recorded</source>
            <translation>Beth a gofnodwyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>{record} · by {actor} on {when}</source>
            <translation>{record} · gan {actor} ar {when}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>1 change found</source>
            <translation>Canfuwyd 1 newid</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>1 change</source>
            <translation>1 newid</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>{count:,} changes found</source>
            <translation>Canfuwyd {count:,} newid</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/history_page.py" />
            <source>{count:,} changes</source>
            <translation>{count:,} newid</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/idle_lock.py" />
            <source>FGC Desktop – locked</source>
            <translation>FGC Desktop – wedi'i gloi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/idle_lock.py" />
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>Type the passphrase first.</source>
            <translation>Teipiwch y cyfrinymadrodd yn gyntaf.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/idle_lock.py" />
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>That passphrase is not the right one.</source>
            <translation>Nid dyna'r cyfrinymadrodd cywir.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/idle_lock.py" />
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>1 try left.</source>
            <translation>1 cynnig ar ôl.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/idle_lock.py" />
            <source>It could not be checked: {error}</source>
            <translation>Nid oedd modd ei wirio: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/idle_lock.py" />
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>{count} tries left.</source>
            <translation>{count} cynnig ar ôl.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/information_sharing.py" />
            <source>Remove question</source>
            <translation>Tynnu'r cwestiwn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/information_sharing.py" />
            <source>Present…</source>
            <translation>Cyflwyno…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/information_sharing.py" />
            <source>Present on a big screen</source>
            <translation>Cyflwyno ar sgrin fawr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/information_sharing.py" />
            <source>Open a large-type view of the bottom lines, what professionals share, the children's voices and the questions, for a second screen or projector.</source>
            <translation>Agor golwg print bras o'r llinellau sylfaen, yr hyn mae gweithwyr proffesiynol yn ei rannu, lleisiau'r plant a'r cwestiynau, ar gyfer ail sgrin neu daflunydd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/information_sharing.py" />
            <source>Each professional says, in plain words, what worries them, what is working well and what needs to happen. Everything is kept as you leave each box.</source>
            <translation>Mae pob gweithiwr proffesiynol yn dweud, mewn geiriau clir, beth sy'n eu poeni, beth sy'n gweithio'n dda a beth sydd angen digwydd. Caiff popeth ei gadw wrth i chi adael pob blwch.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/information_sharing.py" />
            <source>No professionals or advocates are in the network yet. Add the social worker and others who will share information on the Network page.</source>
            <translation>Does dim gweithwyr proffesiynol nac eiriolwyr yn y rhwydwaith eto. Ychwanegwch y gweithiwr cymdeithasol ac eraill a fydd yn rhannu gwybodaeth ar dudalen y Rhwydwaith.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/information_sharing.py" />
            <source>The family's new question</source>
            <translation>Cwestiwn newydd y teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/information_sharing.py" />
            <source>The question, as the family asked it</source>
            <translation>Y cwestiwn, fel y gofynnodd y teulu ef</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/information_sharing.py" />
            <source>Who asked the new question</source>
            <translation>Pwy ofynnodd y cwestiwn newydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/information_sharing.py" />
            <source>Who asked</source>
            <translation>Pwy ofynnodd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/information_sharing.py" />
            <source>Add question</source>
            <translation>Ychwanegu cwestiwn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/information_sharing.py" />
            <source>New question:</source>
            <translation>Cwestiwn newydd:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/information_sharing.py" />
            <source>Asked by:</source>
            <translation>Gofynnwyd gan:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/information_sharing.py" />
            <source>What the professionals share</source>
            <translation>Yr hyn mae'r gweithwyr proffesiynol yn ei rannu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/information_sharing.py" />
            <source>The family's questions and answers</source>
            <translation>Cwestiynau ac atebion y teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/information_sharing.py" />
            <source>Question {number}</source>
            <translation>Cwestiwn {number}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/information_sharing.py" />
            <source>Remove question {number}</source>
            <translation>Tynnu cwestiwn {number}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/information_sharing.py" />
            <source>Question {number}: </source>
            <translation>Cwestiwn {number}: </translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitation_letters_preview.py" />
            <source>1 letter</source>
            <translation>1 llythyr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitation_letters_preview.py" />
            <location filename="../../fgc_desktop/ui/review_letters_preview.py" />
            <source>the letters</source>
            <translation>y llythyrau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitation_letters_preview.py" />
            <location filename="../../fgc_desktop/ui/review_letters_preview.py" />
            <source>{letters} on {pages}</source>
            <translation>{letters} ar {pages}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitation_letters_preview.py" />
            <source>{count} letters</source>
            <translation>{count} llythyr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitation_letters_preview.py" />
            <source>Invitation letters – {family_name} ({reference})</source>
            <translation>Llythyrau gwahodd – {family_name} ({reference})</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Takes part</source>
            <translation>Cymryd rhan</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <source>Letter</source>
            <translation>Llythyr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Contact</source>
            <translation>Cyswllt</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <source>Not sent yet</source>
            <translation>Heb ei anfon eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <source>Everyone who will take part gets a letter of their own: the date, time and venue, what will happen, and who to call. A letter never shows anyone else's confidential contact details.</source>
            <translation>Mae pawb a fydd yn cymryd rhan yn cael llythyr eu hunain: y dyddiad, yr amser a'r lleoliad, beth fydd yn digwydd, a phwy i'w ffonio. Nid yw llythyr byth yn dangos manylion cyswllt cyfrinachol neb arall.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <source>Print all letters…</source>
            <translation>Argraffu pob llythyr…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <source>Preview and print every invitation letter</source>
            <translation>Rhagweld ac argraffu pob llythyr gwahodd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <source>Nobody is invited yet. Choose how each person will take part on the Network page.</source>
            <translation>Does neb wedi'i wahodd eto. Dewiswch sut y bydd pob person yn cymryd rhan ar dudalen y Rhwydwaith.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <source>Select whose letters went out (Ctrl+click or Shift+click for several), then record them as sent.</source>
            <translation>Dewiswch lythyrau pwy a anfonwyd (Ctrl+clic neu Shift+clic ar gyfer sawl un), yna cofnodwch eu bod wedi'u hanfon.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <source>People invited</source>
            <translation>Pobl a wahoddwyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <location filename="../../fgc_desktop/ui/review_invitees.py" />
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Letter sent on</source>
            <translation>Llythyr wedi'i anfon ar</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <location filename="../../fgc_desktop/ui/preparation_visits.py" />
            <source>today, or 2026-03-31</source>
            <translation>heddiw, neu 2026-03-31</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <source>How the letter was sent</source>
            <translation>Sut yr anfonwyd y llythyr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <source>Record as sent</source>
            <translation>Cofnodi fel wedi'i anfon</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <source>Record the selected people's letters as sent</source>
            <translation>Cofnodi bod llythyrau'r bobl a ddewiswyd wedi'u hanfon</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <source>Not sent after all</source>
            <translation>Heb ei anfon wedi'r cyfan</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <source>Take back the record of the selected letters</source>
            <translation>Dileu'r cofnod o'r llythyrau a ddewiswyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <location filename="../../fgc_desktop/ui/review_invitees.py" />
            <source>Invited</source>
            <translation>Wedi'i wahodd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <location filename="../../fgc_desktop/ui/review_invitees.py" />
            <source>Sent &amp;on:</source>
            <translation>Anfonwyd &amp;ar:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/invitations_page.py" />
            <source>Select whose letters were sent in the list first.</source>
            <translation>Dewiswch yn y rhestr yn gyntaf lythyrau pwy a anfonwyd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/keyboard_shortcuts.py" />
            <source>Shortcut: {key}</source>
            <translation>Llwybr byr: {key}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/keyboard_shortcuts.py" />
            <source>{page} page</source>
            <translation>Tudalen {page}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/keyboard_shortcuts.py" />
            <source>{action} ({key})</source>
            <translation>{action} ({key})</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/lock_screen.py" />
            <source>Your work is kept just as you left it. This caseload has no passphrase, so the lock only hides it from view: anyone at this computer can unlock it. To protect it, choose Settings › Protection.</source>
            <translation>Mae eich gwaith wedi'i gadw yn union fel y gadawoch ef. Does gan y llwyth achosion hwn ddim cyfrinymadrodd, felly dim ond ei guddio y mae'r clo: gall unrhyw un wrth y cyfrifiadur hwn ei ddatgloi. I'w ddiogelu, dewiswch Gosodiadau › Diogelu.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/lock_screen.py" />
            <source>FGC Desktop is locked</source>
            <translation>Mae FGC Desktop wedi'i gloi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/lock_screen.py" />
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <location filename="../../fgc_desktop/domain/passphrase.py" />
            <location filename="../../fgc_desktop/services/plan_signing.py" />
            <source>Passphrase</source>
            <translation>Cyfrinymadrodd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/lock_screen.py" />
            <source>The caseload's passphrase</source>
            <translation>Cyfrinymadrodd y llwyth achosion</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/lock_screen.py" />
            <source>Show</source>
            <translation>Dangos</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/lock_screen.py" />
            <source>Show the passphrase</source>
            <translation>Dangos y cyfrinymadrodd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/lock_screen.py" />
            <source>Your work is kept just as you left it. Type the caseload's passphrase to carry on.</source>
            <translation>Mae eich gwaith wedi'i gadw yn union fel y gadawoch ef. Teipiwch gyfrinymadrodd y llwyth achosion i barhau.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/lock_screen.py" />
            <source>Your work is kept just as you left it.</source>
            <translation>Mae eich gwaith wedi'i gadw yn union fel y gadawoch ef.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/lock_screen.py" />
            <source>&amp;Unlock</source>
            <translation>&amp;Datgloi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/lock_screen.py" />
            <source>&amp;Unlock – it is me</source>
            <translation>&amp;Datgloi – fi sydd yma</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/lock_screen.py" />
            <source>Checking…</source>
            <translation>Yn gwirio…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>This caseload is empty. Start a new conference, or load a demo caseload of made-up families to try the app.</source>
            <translation>Mae'r llwyth achosion hwn yn wag. Dechreuwch gynhadledd newydd, neu llwythwch lwyth achosion enghreifftiol o deuluoedd dychmygol i roi cynnig ar yr ap.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>Load a demo caseload</source>
            <translation>Llwytho llwyth achosion enghreifftiol</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>&amp;Home</source>
            <translation>&amp;Hafan</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>Home: search, stages, this week and what is due (Alt+Home)</source>
            <translation>Hafan: chwilio, camau, yr wythnos hon a'r hyn sy'n ddyledus (Alt+Home)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>&amp;Search everything…</source>
            <translation>&amp;Chwilio popeth…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>&amp;New conference…</source>
            <translation>Cynhadledd &amp;newydd…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>Family &amp;plan…</source>
            <translation>C&amp;ynllun teulu…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>&amp;Referral summary…</source>
            <translation>C&amp;rynodeb o'r atgyfeiriad…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>Invitation &amp;letters…</source>
            <translation>&amp;Llythyrau gwahodd…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>&amp;Move on</source>
            <translation>&amp;Symud ymlaen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>&amp;Go back…</source>
            <translation>&amp;Mynd yn ôl…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>&amp;Import a conference…</source>
            <translation>&amp;Mewnforio cynhadledd…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>&amp;Export this conference…</source>
            <translation>&amp;Allforio'r gynhadledd hon…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>&amp;Settings…</source>
            <translation>Go&amp;sodiadau…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>&amp;Lock now</source>
            <translation>Cl&amp;oi nawr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>Hide the caseload until you unlock it (Ctrl+L)</source>
            <translation>Cuddio'r llwyth achosion nes i chi ei ddatgloi (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>Res&amp;tore from a backup…</source>
            <translation>A&amp;dfer o gopi wrth gefn…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Gadael</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Ffeil</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>&amp;Go</source>
            <translation>&amp;Mynd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>Pages of the conference</source>
            <translation>Tudalennau'r gynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>&amp;Conference</source>
            <translation>&amp;Cynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>Service &amp;statistics…</source>
            <translation>&amp;Ystadegau'r gwasanaeth…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>&amp;Verify a plan…</source>
            <translation>&amp;Gwirio cynllun…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>Signing &amp;certificate…</source>
            <translation>&amp;Tystysgrif llofnodi…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>Re&amp;tention review…</source>
            <translation>Adolygiad &amp;cadw…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>Subject &amp;access request…</source>
            <translation>Cais gwrthrych am &amp;wybodaeth…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>FGC Desktop – {path}</source>
            <translation>FGC Desktop – {path}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>C&amp;aseload</source>
            <translation>&amp;Llwyth achosion</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/main_window.py" />
            <source>&amp;Tools</source>
            <translation>&amp;Offer</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/meeting_form.py" />
            <source>Nobody invited needs an interpreter. Tick “Needs an interpreter” on the Network page for anyone who does.</source>
            <translation>Does neb sydd wedi'i wahodd angen cyfieithydd. Ticiwch “Angen cyfieithydd” ar dudalen y Rhwydwaith ar gyfer unrhyw un sydd ei angen.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/meeting_form.py" />
            <source>Record who is there as the conference starts, and anyone who arrives late or leaves early (times like 10:45). Interpreters and advocates are listed too.</source>
            <translation>Cofnodwch pwy sydd yno wrth i'r gynhadledd ddechrau, ac unrhyw un sy'n cyrraedd yn hwyr neu'n gadael yn gynnar (amseroedd fel 10:45). Mae cyfieithwyr ac eiriolwyr wedi'u rhestru hefyd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/meeting_form.py" />
            <source>Family view…</source>
            <translation>Golwg y teulu…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/meeting_form.py" />
            <source>Open the family view</source>
            <translation>Agor golwg y teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/meeting_form.py" />
            <source>A full-screen, large-type page for the family to write their plan, with their questions and the bottom lines; no professional notes or contact details.</source>
            <translation>Tudalen sgrin lawn, print bras i'r teulu ysgrifennu eu cynllun, gyda'u cwestiynau a'r llinellau sylfaen; dim nodiadau proffesiynol na manylion cyswllt.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/meeting_form.py" />
            <source>The professionals leave and the family talk in private. Pause the clock for breaks; the total leaves them out.</source>
            <translation>Mae'r gweithwyr proffesiynol yn gadael ac mae'r teulu'n siarad yn breifat. Oedwch y cloc ar gyfer egwyliau; nid yw'r cyfanswm yn eu cynnwys.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/meeting_form.py" />
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>When and where</source>
            <translation>Pryd a ble</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/meeting_form.py" />
            <source>Food and childcare</source>
            <translation>Bwyd a gofal plant</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/meeting_form.py" />
            <source>Interpreters</source>
            <translation>Cyfieithwyr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/meeting_form.py" />
            <source>Who is here today</source>
            <translation>Pwy sydd yma heddiw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/meeting_form.py" />
            <location filename="../../fgc_desktop/domain/stage.py" />
            <source>Private family time</source>
            <translation>Amser teulu preifat</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/meeting_form.py" />
            <source>their language</source>
            <translation>eu hiaith</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/meeting_form.py" />
            <source>Interpreter booked for {name} ({language})</source>
            <translation>Cyfieithydd wedi'i drefnu ar gyfer {name} ({language})</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/meeting_form.py" />
            <source>Interpreter booked for {name}</source>
            <translation>Cyfieithydd wedi'i drefnu ar gyfer {name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/must_not_attend_with.py" />
            <source>People this person must not attend with</source>
            <translation>Pobl na ddylai'r person hwn fod yn bresennol gyda nhw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/must_not_attend_with.py" />
            <source>Remove this pair</source>
            <translation>Tynnu'r pâr hwn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/must_not_attend_with.py" />
            <source>Remove the selected must-not-attend-with pair</source>
            <translation>Tynnu'r pâr a ddewiswyd na ddylent fod yn bresennol gyda'i gilydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/must_not_attend_with.py" />
            <source>Person they must not attend with</source>
            <translation>Person na ddylent fod yn bresennol gydag ef</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/must_not_attend_with.py" />
            <source>Why they must not attend together</source>
            <translation>Pam na ddylent fod yn bresennol gyda'i gilydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/must_not_attend_with.py" />
            <source>Why, e.g. a non-molestation order</source>
            <translation>Pam, e.e. gorchymyn peidio ag ymyrryd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/must_not_attend_with.py" />
            <source>Add</source>
            <translation>Ychwanegu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/must_not_attend_with.py" />
            <source>Add a must-not-attend-with pair</source>
            <translation>Ychwanegu pâr na ddylent fod yn bresennol gyda'i gilydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/must_not_attend_with.py" />
            <source>&amp;With:</source>
            <translation>&amp;Gyda:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/must_not_attend_with.py" />
            <source>Must not attend with: </source>
            <translation>Ni ddylai fod yn bresennol gyda: </translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/must_not_attend_with.py" />
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <location filename="../../fgc_desktop/services/preparation.py" />
            <source>Must not attend with</source>
            <translation>Ni ddylai fod yn bresennol gyda</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_map_page.py" />
            <source>Who is around the child, by side of the family. Change people on the Network page.</source>
            <translation>Pwy sydd o gwmpas y plentyn, yn ôl ochr y teulu. Newidiwch bobl ar dudalen y Rhwydwaith.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_map_page.py" />
            <source>Save as a picture…</source>
            <translation>Cadw fel llun…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_map_page.py" />
            <source>Save the network map as a PNG picture</source>
            <translation>Cadw map y rhwydwaith fel llun PNG</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_map_page.py" />
            <source>Save the network map</source>
            <translation>Cadw map y rhwydwaith</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_map_page.py" />
            <source>PNG pictures (*.png)</source>
            <translation>Lluniau PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_map_page.py" />
            <source>Cannot save the map</source>
            <translation>Methu cadw'r map</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_map_view.py" />
            <source>Add the children and the people around them on the Network page.</source>
            <translation>Ychwanegwch y plant a'r bobl o'u cwmpas ar dudalen y Rhwydwaith.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_map_view.py" />
            <source>Network map</source>
            <translation>Map y rhwydwaith</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_map_view.py" />
            <source>At the centre: {names}.</source>
            <translation>Yn y canol: {names}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_map_view.py" />
            <source>Cannot save the network map: the folder {folder} does not exist.</source>
            <translation>Methu cadw map y rhwydwaith: nid yw'r ffolder {folder} yn bodoli.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_map_view.py" />
            <source>Cannot save the network map to {path}: the folder may be read-only or the disk full. Choose another place.</source>
            <translation>Methu cadw map y rhwydwaith i {path}: efallai fod y ffolder yn ddarllen yn unig neu'r ddisg yn llawn. Dewiswch le arall.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>🔒 Confidential</source>
            <translation>🔒 Cyfrinachol</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>Interpreter</source>
            <translation>Cyfieithydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>{language}: booked ✓</source>
            <translation>{language}: wedi'i drefnu ✓</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>{language}: to book</source>
            <translation>{language}: i'w drefnu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Role</source>
            <translation>Rôl</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Language</source>
            <translation>Iaith</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>{born} (age {age})</source>
            <translation>{born} ({age} oed)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Side of the family</source>
            <translation>Ochr y teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Parental responsibility</source>
            <translation>Cyfrifoldeb rhiant</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Confidential</source>
            <translation>Cyfrinachol</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Keep their phone, email and address off everyone else's letters and copies</source>
            <translation>Cadw eu ffôn, e-bost a chyfeiriad oddi ar lythyrau a chopïau pawb arall</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>How they will take part</source>
            <translation>Sut y byddan nhw'n cymryd rhan</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>How they will take part:</source>
            <translation>Sut y byddan nhw'n cymryd rhan:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>About the child</source>
            <translation>Am y plentyn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Taking part</source>
            <translation>Cymryd rhan</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Who they are</source>
            <translation>Pwy ydyn nhw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Name of the person to add</source>
            <translation>Enw'r person i'w ychwanegu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Full name, in their own spelling</source>
            <translation>Enw llawn, yn eu sillafiad eu hunain</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Role of the person to add</source>
            <translation>Rôl y person i'w ychwanegu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Add to the network</source>
            <translation>Ychwanegu at y rhwydwaith</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Nothing else in this conference mentions them.</source>
            <translation>Does dim byd arall yn y gynhadledd hon yn sôn amdanynt.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Remove from the network</source>
            <translation>Tynnu o'r rhwydwaith</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>person</source>
            <translation>person</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Family network</source>
            <translation>Rhwydwaith y teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Contact details</source>
            <translation>Manylion cyswllt</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Language and access</source>
            <translation>Iaith a mynediad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Person's </source>
            <translation>Y person: </translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Name:</source>
            <translation>Enw:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Role:</source>
            <translation>Rôl:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Selected person</source>
            <translation>Y person a ddewiswyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Remove {name} from the network?</source>
            <translation>Tynnu {name} o'r rhwydwaith?</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Person's {value1}</source>
            <translation>{value1} y person</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>{name} is mentioned in: {places}. These records will be removed too.</source>
            <translation>Mae {name} yn cael ei grybwyll yn: {places}. Caiff y cofnodion hyn eu tynnu hefyd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/network_table.py" />
            <source>Remove {name}</source>
            <translation>Tynnu {name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/new_conference_dialog.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Family name</source>
            <translation>Enw'r teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/new_conference_dialog.py" />
            <source>e.g. Nowak family</source>
            <translation>e.e. teulu Nowak</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/new_conference_dialog.py" />
            <source>&amp;Family name:</source>
            <translation>Enw'r &amp;teulu:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/new_conference_dialog.py" />
            <source>Start the referral</source>
            <translation>Dechrau'r atgyfeiriad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/overdue_actions_model.py" />
            <source>Person and action</source>
            <translation>Person a cham gweithredu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/overdue_actions_model.py" />
            <source>Due</source>
            <translation>Erbyn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/overdue_actions_model.py" />
            <source>{person} · {count} overdue</source>
            <translation>{person} · {count} yn hwyr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/overdue_actions_model.py" />
            <source>{what}
By {when}, {who}
At the last review: {status}</source>
            <translation>{what}
Erbyn {when}, {who}
Yn yr adolygiad diwethaf: {status}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/overdue_actions_model.py" />
            <source>{person}: 1 action overdue</source>
            <translation>{person}: 1 cam gweithredu'n hwyr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/overdue_actions_model.py" />
            <source>{person}: {count} actions overdue</source>
            <translation>{person}: {count} cam gweithredu'n hwyr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/overdue_actions_model.py" />
            <source>no one named</source>
            <translation>neb wedi'i enwi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <location filename="../../fgc_desktop/ui/signature_dialog.py" />
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>Current &amp;passphrase:</source>
            <translation>&amp;Cyfrinymadrodd presennol:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>FGC Desktop will close</source>
            <translation>Bydd FGC Desktop yn cau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>Nothing in the caseload was changed or lost. Open FGC Desktop again to try once more; if the passphrase is forgotten, ask whoever keeps your service's copy of it.</source>
            <translation>Ni newidiwyd nac a gollwyd dim yn y llwyth achosion. Agorwch FGC Desktop eto i roi cynnig arall arni; os yw'r cyfrinymadrodd wedi mynd yn angof, gofynnwch i bwy bynnag sy'n cadw copi eich gwasanaeth ohono.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>Current passphrase</source>
            <translation>Cyfrinymadrodd presennol</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>Passphrase strength</source>
            <translation>Cryfder y cyfrinymadrodd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>&amp;Show what I type</source>
            <translation>&amp;Dangos yr hyn rwy'n ei deipio</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>A few unrelated words are easiest to remember.</source>
            <translation>Ychydig o eiriau digyswllt yw'r hawsaf i'w cofio.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>Type it twice, so a slip of a key cannot lock you out.</source>
            <translation>Teipiwch ef ddwywaith, fel na all llithriad bys eich cloi allan.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>Protected caseload</source>
            <translation>Llwyth achosion wedi'i ddiogelu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>&amp;Open</source>
            <translation>&amp;Agor</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Checking the passphrase…</source>
            <translation>Yn gwirio'r cyfrinymadrodd…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>The passphrase was wrong {tries} times, so FGC Desktop will close.</source>
            <translation>Roedd y cyfrinymadrodd yn anghywir {tries} gwaith, felly bydd FGC Desktop yn cau.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>&amp;New passphrase:</source>
            <translation>Cyfrinymadrodd &amp;newydd:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>Type it &amp;again:</source>
            <translation>Ei deipio &amp;eto:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>✓ The two match.</source>
            <translation>✓ Mae'r ddau yr un fath.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>Keep typing…</source>
            <translation>Daliwch ati i deipio…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>The two do not match yet.</source>
            <translation>Dydy'r ddau ddim yr un fath eto.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>Something went wrong, and nothing was changed: {error}</source>
            <translation>Aeth rhywbeth o'i le, ac ni newidiwyd dim: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/pdf_preview.py" />
            <source>1 page</source>
            <translation>1 dudalen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/pdf_preview.py" />
            <source>the document</source>
            <translation>y ddogfen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/pdf_preview.py" />
            <source>&amp;Print…</source>
            <translation>&amp;Argraffu…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/pdf_preview.py" />
            <source>&amp;Save as…</source>
            <translation>&amp;Cadw fel…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/pdf_preview.py" />
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/pdf_preview.py" />
            <source>PDF files (*.pdf)</source>
            <translation>Ffeiliau PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/pdf_preview.py" />
            <source>{count} pages</source>
            <translation>{count} tudalen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/pdf_preview.py" />
            <location filename="../../fgc_desktop/ui/plan_copies_preview.py" />
            <source>The printer could not be started.</source>
            <translation>Nid oedd modd cychwyn yr argraffydd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/pdf_preview.py" />
            <source>Pages of {noun}</source>
            <translation>Tudalennau {noun}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/pdf_preview.py" />
            <location filename="../../fgc_desktop/ui/plan_copies_preview.py" />
            <source>Preparing {noun}…</source>
            <translation>Yn paratoi {noun}…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/pdf_preview.py" />
            <source>{Noun} could not be prepared: {error}</source>
            <translation>Nid oedd modd paratoi {noun}: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/pdf_preview.py" />
            <source>Save {noun}</source>
            <translation>Cadw {noun}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/pdf_preview.py" />
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <location filename="../../fgc_desktop/ui/store_problem.py" />
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>Not saved</source>
            <translation>Heb ei gadw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/pdf_preview.py" />
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>Saved to {path}</source>
            <translation>Wedi'i gadw i {path}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/pdf_preview.py" />
            <source>Print {noun}</source>
            <translation>Argraffu {noun}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/pdf_preview.py" />
            <source>{Noun} could not be read: {error}</source>
            <translation>Nid oedd modd darllen {noun}: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/pdf_preview.py" />
            <source>{Noun} could not be saved to {path}: {problem}.</source>
            <translation>Nid oedd modd cadw {noun} i {path}: {problem}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_actions.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>What</source>
            <translation>Beth</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_actions.py" />
            <source>Support</source>
            <translation>Cymorth</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_actions.py" />
            <source>How we will know</source>
            <translation>Sut y byddwn yn gwybod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_actions.py" />
            <source>Choose people…</source>
            <translation>Dewis pobl…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_actions.py" />
            <source>Choose who does this action from the network</source>
            <translation>Dewis o'r rhwydwaith pwy sy'n gwneud y cam gweithredu hwn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_actions.py" />
            <source>What the new action is</source>
            <translation>Beth yw'r cam gweithredu newydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_actions.py" />
            <source>What needs to happen, in the family's words</source>
            <translation>Beth sydd angen digwydd, yng ngeiriau'r teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_actions.py" />
            <source>What:</source>
            <translation>Beth:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_actions.py" />
            <source>Add action</source>
            <translation>Ychwanegu cam gweithredu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_actions.py" />
            <source>action</source>
            <translation>cam gweithredu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_actions.py" />
            <source>Actions in the plan</source>
            <translation>Camau gweithredu yn y cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_actions.py" />
            <source>Action: </source>
            <translation>Cam gweithredu: </translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_answers.py" />
            <source>The referral asks the family no questions. Add them on the Referral page.</source>
            <translation>Nid yw'r atgyfeiriad yn gofyn unrhyw gwestiynau i'r teulu. Ychwanegwch nhw ar dudalen yr Atgyfeiriad.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_answers.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>The family's answer</source>
            <translation>Ateb y teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_answers.py" />
            <source>There are no bottom lines for this plan to meet.</source>
            <translation>Does dim llinellau sylfaen i'r cynllun hwn eu bodloni.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_answers.py" />
            <source>How the plan meets the bottom line</source>
            <translation>Sut mae'r cynllun yn bodloni'r llinell sylfaen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_answers.py" />
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <source>Why: {reason}</source>
            <translation>Pam: {reason}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_answers.py" />
            <source>In the family's own words</source>
            <translation>Yng ngeiriau'r teulu eu hunain</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>Version on the left</source>
            <translation>Fersiwn ar y chwith</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>Version on the right</source>
            <translation>Fersiwn ar y dde</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>⇄ Swap</source>
            <translation>⇄ Cyfnewid</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>Put the right-hand version on the left</source>
            <translation>Rhoi'r fersiwn ar y dde ar y chwith</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>Only what changed</source>
            <translation>Dim ond yr hyn a newidiodd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>Hide items that are the same in both versions</source>
            <translation>Cuddio eitemau sydd yr un fath yn y ddwy fersiwn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>What the marks mean</source>
            <translation>Ystyr y marciau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>The two versions side by side</source>
            <translation>Y ddwy fersiwn ochr yn ochr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>Compare</source>
            <translation>Cymharu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>with</source>
            <translation>â</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>Version {version} · draft</source>
            <translation>Fersiwn {version} · drafft</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>Actions</source>
            <translation>Camau gweithredu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>The family's answers to the questions</source>
            <translation>Atebion y teulu i'r cwestiynau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>How the plan meets the bottom lines</source>
            <translation>Sut mae'r cynllun yn bodloni'r llinellau sylfaen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>Contingency, plan monitor and review</source>
            <translation>Cynllun wrth gefn, monitor y cynllun ac adolygiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Referrer's decision</source>
            <translation>Penderfyniad yr atgyfeiriwr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>matched by similar wording</source>
            <translation>wedi'i baru yn ôl geiriad tebyg</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>Version {version} · agreed {date}</source>
            <translation>Fersiwn {version} · cytunwyd {date}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>Moved</source>
            <translation>Wedi symud</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>Words:</source>
            <translation>Geiriau:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>added</source>
            <translation>wedi'u hychwanegu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>taken out</source>
            <translation>wedi'u tynnu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>Nothing changed here.</source>
            <translation>Does dim wedi newid yma.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>None in either version.</source>
            <translation>Dim yn y naill fersiwn na'r llall.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>Compare plan versions</source>
            <translation>Cymharu fersiynau'r cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>Compare plan versions – {family_name} ({reference})</source>
            <translation>Cymharu fersiynau'r cynllun – {family_name} ({reference})</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>Comparing version {version} with version {version2}…</source>
            <translation>Yn cymharu fersiwn {version} â fersiwn {version2}…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <location filename="../../fgc_desktop/domain/plan_comparison.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Removed</source>
            <translation>Wedi'i dynnu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>Not in version {version}</source>
            <translation>Nid yw yn fersiwn {version}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>The versions could not be compared: {error}</source>
            <translation>Nid oedd modd cymharu'r fersiynau: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>Both sides show version {version}; choose another version to see what changed.</source>
            <translation>Mae'r ddwy ochr yn dangos fersiwn {version}; dewiswch fersiwn arall i weld beth a newidiodd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <location filename="../../fgc_desktop/domain/plan_comparison.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Added</source>
            <translation>Wedi'i ychwanegu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <location filename="../../fgc_desktop/domain/review.py" />
            <location filename="../../fgc_desktop/domain/plan_comparison.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Changed</source>
            <translation>Wedi newid</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_comparison_view.py" />
            <source>The plan versions could not be read: {error}</source>
            <translation>Nid oedd modd darllen fersiynau'r cynllun: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_copies_preview.py" />
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <location filename="../../fgc_desktop/ui/plan_preview.py" />
            <source>, large print</source>
            <translation>, print bras</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_copies_preview.py" />
            <source>Whose copy</source>
            <translation>Copi pwy</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_copies_preview.py" />
            <source>Copy for:</source>
            <translation>Copi i:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_copies_preview.py" />
            <location filename="../../fgc_desktop/ui/plan_preview.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Large print</source>
            <translation>Print bras</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_copies_preview.py" />
            <source>Print every recipient's copy, one after another</source>
            <translation>Argraffu copi pob derbynnydd, un ar ôl y llall</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_copies_preview.py" />
            <source>Print all copies</source>
            <translation>Argraffu pob copi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_copies_preview.py" />
            <source>the copy</source>
            <translation>y copi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_copies_preview.py" />
            <location filename="../../fgc_desktop/ui/plan_preview.py" />
            <source>version {version}, agreed</source>
            <translation>fersiwn {version}, wedi'i chytuno</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_copies_preview.py" />
            <location filename="../../fgc_desktop/ui/plan_preview.py" />
            <source>version {version}, draft</source>
            <translation>fersiwn {version}, drafft</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_copies_preview.py" />
            <source>Print all {count_copies} copies…</source>
            <translation>Argraffu'r {count_copies} copi…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_copies_preview.py" />
            <source>Preparing all {count_copies} copies…</source>
            <translation>Yn paratoi'r {count_copies} copi…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_copies_preview.py" />
            <source>All {count_pdfs} copies are ready to print.</source>
            <translation>Mae'r {count_pdfs} copi yn barod i'w hargraffu.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_copies_preview.py" />
            <source>The copies could not be prepared: {error}</source>
            <translation>Nid oedd modd paratoi'r copïau: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_copies_preview.py" />
            <source>Copy for {name}</source>
            <translation>Copi i {name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_copies_preview.py" />
            <source>Family plan copies – {family_name} ({reference})</source>
            <translation>Copïau o gynllun y teulu – {family_name} ({reference})</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_copies_preview.py" />
            <source>Printed {count_pdfs} copies on {pages} pages.</source>
            <translation>Argraffwyd {count_pdfs} copi ar {pages} tudalen.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>Gets a copy</source>
            <translation>Yn cael copi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>At the conference</source>
            <translation>Yn y gynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>Their copy</source>
            <translation>Eu copi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>○ Not given yet</source>
            <translation>○ Heb ei roi eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>Tick everyone who took part</source>
            <translation>Ticio pawb a gymerodd ran</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>Distribution list</source>
            <translation>Rhestr ddosbarthu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <location filename="../../fgc_desktop/services/plan_copies.py" />
            <source>Given on</source>
            <translation>Rhoddwyd ar</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>e.g. 2026-03-31</source>
            <translation>e.e. 2026-03-31</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>How it was given</source>
            <translation>Sut y'i rhoddwyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>Record as given</source>
            <translation>Cofnodi fel wedi'i roi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>Keep the record that the selected people have their copy</source>
            <translation>Cadw'r cofnod bod gan y bobl a ddewiswyd eu copi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>Large print copies</source>
            <translation>Copïau print bras</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>Preview, print and record the copies in large print, for people who need it</source>
            <translation>Rhagweld, argraffu a chofnodi'r copïau mewn print bras, i bobl sydd ei angen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>Preview and print copies…</source>
            <translation>Rhagweld ac argraffu copïau…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>The people selected above got their copy on</source>
            <translation>Cafodd y bobl a ddewiswyd uchod eu copi ar</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>Start the plan to choose who gets a copy.</source>
            <translation>Dechreuwch y cynllun i ddewis pwy sy'n cael copi.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>No one is on the distribution list yet. Tick who gets a copy of the plan.</source>
            <translation>Does neb ar y rhestr ddosbarthu eto. Ticiwch pwy sy'n cael copi o'r cynllun.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>Select who got their copy in the list first.</source>
            <translation>Dewiswch yn y rhestr yn gyntaf pwy gafodd eu copi.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>Tick who gets a copy first.</source>
            <translation>Ticiwch pwy sy'n cael copi yn gyntaf.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>Each copy leaves out what that person may not see.</source>
            <translation>Mae pob copi'n gadael allan yr hyn na chaiff y person hwnnw ei weld.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>Recorded: 1 large print copy given.</source>
            <translation>Wedi'i gofnodi: rhoddwyd 1 copi print bras.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>Recorded: 1 copy given.</source>
            <translation>Wedi'i gofnodi: rhoddwyd 1 copi.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source> ({count_missing} more)</source>
            <translation> ({count_missing} arall)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>Recorded: {count} large print copies given.</source>
            <translation>Wedi'i gofnodi: rhoddwyd {count} copi print bras.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>Recorded: {count} copies given.</source>
            <translation>Wedi'i gofnodi: rhoddwyd {count} copi.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>{listed} on the distribution list · {given} have their copy of version {version}.</source>
            <translation>{listed} ar y rhestr ddosbarthu · mae gan {given} eu copi o fersiwn {version}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_distribution.py" />
            <source>{listed} on the distribution list · 1 has their copy of version {version}.</source>
            <translation>{listed} ar y rhestr ddosbarthu · mae gan 1 ei gopi o fersiwn {version}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>⚠ Required: write the referrer's reasons for not agreeing the plan.</source>
            <translation>⚠ Angenrheidiol: ysgrifennwch resymau'r atgyfeiriwr dros beidio â chytuno ar y cynllun.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Start the family plan</source>
            <translation>Dechrau cynllun y teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>Start a new version…</source>
            <translation>Dechrau fersiwn newydd…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>Keep this version exactly as agreed and start a copy to change</source>
            <translation>Cadw'r fersiwn hon yn union fel y cytunwyd a dechrau copi i'w newid</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <source>Compare versions…</source>
            <translation>Cymharu fersiynau…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>What changed between this version and the one before</source>
            <translation>Beth a newidiodd rhwng y fersiwn hon a'r un o'i blaen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>Agree plan</source>
            <translation>Cytuno ar y cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>Lock this version as agreed and keep its digitally signed PDF (Ctrl+Shift+A)</source>
            <translation>Cloi'r fersiwn hon fel un y cytunwyd arni a chadw ei PDF wedi'i lofnodi'n ddigidol (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>Referrer's decision:</source>
            <translation>Penderfyniad yr atgyfeiriwr:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>Agree and lock this version</source>
            <translation>Cytuno ar y fersiwn hon a'i chloi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>Distribution and copies</source>
            <translation>Dosbarthu a chopïau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>Versions of this plan</source>
            <translation>Fersiynau'r cynllun hwn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>Preparing and signing the agreed plan…</source>
            <translation>Yn paratoi ac yn llofnodi'r cynllun y cytunwyd arno…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>Start a new version</source>
            <translation>Dechrau fersiwn newydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>No plan yet. It starts with the first action the family writes down; the review date is then set from the conference date and the children's ages.</source>
            <translation>Dim cynllun eto. Mae'n dechrau gyda'r cam gweithredu cyntaf y mae'r teulu'n ei nodi; yna caiff y dyddiad adolygu ei bennu o ddyddiad y gynhadledd ac oedran y plant.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>Signatures</source>
            <translation>Llofnodion</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>The plan was not agreed: agreed plans are signed with your certificate, and none was opened.</source>
            <translation>Ni chytunwyd ar y cynllun: caiff cynlluniau y cytunwyd arnynt eu llofnodi â'ch tystysgrif, ac ni agorwyd un.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>Required: why the referrer does not agree the plan</source>
            <translation>Angenrheidiol: pam nad yw'r atgyfeiriwr yn cytuno ar y cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>The plan was not agreed: it could not be saved.</source>
            <translation>Ni chytunwyd ar y cynllun: nid oedd modd ei gadw.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>The plan could not be printed, so it was not agreed: {error}</source>
            <translation>Nid oedd modd argraffu'r cynllun, felly ni chytunwyd arno: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>Version {version} stays exactly as agreed, with its signatures and PDF; version {value3} starts as a copy for changes. Everyone signs the new version again before it is agreed.

Start version {value3}?</source>
            <translation>Mae fersiwn {version} yn aros yn union fel y cytunwyd, gyda'i llofnodion a'i PDF; mae fersiwn {value3} yn dechrau fel copi ar gyfer newidiadau. Mae pawb yn llofnodi'r fersiwn newydd eto cyn cytuno arni.

Dechrau fersiwn {value3}?</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>Compare with version {value1}…</source>
            <translation>Cymharu â fersiwn {value1}…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>Before the plan can be agreed:
</source>
            <translation>Cyn y gellir cytuno ar y cynllun:
</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>The plan could not be signed, so it was not agreed: {error}</source>
            <translation>Nid oedd modd llofnodi'r cynllun, felly ni chytunwyd arno: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>🔒 Version {version} was agreed on {date} and is locked: what was agreed cannot change. Fingerprint {fingerprint}.</source>
            <translation>🔒 Cytunwyd ar fersiwn {version} ar {date} ac mae wedi'i chloi: ni all yr hyn a gytunwyd newid. Ôl bys {fingerprint}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>Draft plan, version {version}. It can change until the referrer agrees it.</source>
            <translation>Cynllun drafft, fersiwn {version}. Gall newid nes bydd yr atgyfeiriwr yn cytuno arno.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_editor.py" />
            <source>Version {version} stays as it was agreed; everyone signs this version again.</source>
            <translation>Mae fersiwn {version} yn aros fel y cytunwyd; mae pawb yn llofnodi'r fersiwn hon eto.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_preview.py" />
            <source>no plan yet, draft</source>
            <translation>dim cynllun eto, drafft</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_preview.py" />
            <source>Lay the plan out in large type, for people who need it</source>
            <translation>Gosod y cynllun mewn print bras, i bobl sydd ei angen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_preview.py" />
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <source>the plan</source>
            <translation>y cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_preview.py" />
            <source>Family plan – {family_name} ({reference})</source>
            <translation>Cynllun teulu – {family_name} ({reference})</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <location filename="../../fgc_desktop/services/plan_verification.py" />
            <location filename="../../fgc_desktop/services/plan_versions.py" />
            <source>Version</source>
            <translation>Fersiwn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <source>Agreed on</source>
            <translation>Cytunwyd ar</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <source>Fingerprint</source>
            <translation>Ôl bys</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <source>Signed by</source>
            <translation>Llofnodwyd gan</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <source>Plan versions</source>
            <translation>Fersiynau'r cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <source>Choose two versions to compare them, or one to compare it with the version before.</source>
            <translation>Dewiswch ddwy fersiwn i'w cymharu, neu un i'w chymharu â'r fersiwn o'i blaen.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <source>See what was added, changed and removed, side by side</source>
            <translation>Gweld beth a ychwanegwyd, a newidiwyd ac a dynnwyd, ochr yn ochr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <source>Show as agreed…</source>
            <translation>Dangos fel y cytunwyd…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <source>The exact PDF kept when this version was agreed, to print</source>
            <translation>Yr union PDF a gadwyd pan gytunwyd ar y fersiwn hon, i'w argraffu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <source>Agreed, locked</source>
            <translation>Wedi'i chytuno, wedi'i chloi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <location filename="../../fgc_desktop/domain/plan.py" />
            <source>Draft</source>
            <translation>Drafft</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <source>version {version}, draft (marked DRAFT)</source>
            <translation>fersiwn {version}, drafft (wedi'i marcio'n DRAFFT)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <source>version {version} exactly as agreed on {date}, fingerprint {fingerprint}</source>
            <translation>fersiwn {version} yn union fel y cytunwyd ar {date}, ôl bys {fingerprint}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <source>version {version}, laid out again from what was agreed (no PDF was kept)</source>
            <translation>fersiwn {version}, wedi'i gosod eto o'r hyn a gytunwyd (ni chadwyd PDF)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <source>Family plan version {version} – {family_name} ({reference})</source>
            <translation>Cynllun teulu fersiwn {version} – {family_name} ({reference})</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <source>Show draft version {version}…</source>
            <translation>Dangos fersiwn ddrafft {version}…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/plan_versions.py" />
            <source>Show version {version} as agreed…</source>
            <translation>Dangos fersiwn {version} fel y cytunwyd…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/preparation_page.py" />
            <source>In the child's own words where possible. This is read out at the start of the conference.</source>
            <translation>Yng ngeiriau'r plentyn ei hun lle bo modd. Caiff hyn ei ddarllen ar ddechrau'r gynhadledd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/preparation_page.py" />
            <source>Visits and calls</source>
            <translation>Ymweliadau a galwadau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/preparation_page.py" />
            <source>The child's voice</source>
            <translation>Llais y plentyn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/preparation_visits.py" />
            <source>Who was visited or called</source>
            <translation>Pwy gafodd ymweliad neu alwad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/preparation_visits.py" />
            <source>Date of the visit</source>
            <translation>Dyddiad yr ymweliad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/preparation_visits.py" />
            <source>Log the visit</source>
            <translation>Cofnodi'r ymweliad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/preparation_visits.py" />
            <source>Someone no longer in the network</source>
            <translation>Rhywun nad yw yn y rhwydwaith mwyach</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/preparation_visits.py" />
            <source>visit</source>
            <translation>ymweliad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/preparation_visits.py" />
            <source>Preparation visits and calls</source>
            <translation>Ymweliadau a galwadau paratoi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/preparation_visits.py" />
            <source>Who:</source>
            <translation>Pwy:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/preparation_visits.py" />
            <source>Date:</source>
            <translation>Dyddiad:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/preparation_visits.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/preparation_visits.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Where</source>
            <translation>Ble</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/preparation_visits.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/preparation_visits.py" />
            <source>Visit: </source>
            <translation>Ymweliad: </translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/preparation_visits.py" />
            <source>&lt;b&gt;Visit to {value1}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Ymweliad â {value1}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <source>Presenting view</source>
            <translation>Golwg cyflwyno</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <source>◀ Previous</source>
            <translation>◀ Blaenorol</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <source>Next ▶</source>
            <translation>Nesaf ▶</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <source>Full screen (F11)</source>
            <translation>Sgrin lawn (F11)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <source>Show on another screen</source>
            <translation>Dangos ar sgrin arall</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <source>Show on:</source>
            <translation>Dangos ar:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <source>Family group conference</source>
            <translation>Cynhadledd grŵp teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <source>What the plan must make sure of, whatever the family decide</source>
            <translation>Yr hyn y mae'n rhaid i'r cynllun ei sicrhau, beth bynnag y bydd y teulu'n ei benderfynu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Questions for the family</source>
            <translation>Cwestiynau i'r teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <source>Your plan will answer these</source>
            <translation>Bydd eich cynllun yn ateb y rhain</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <source>Leave full screen (Esc)</source>
            <translation>Gadael sgrin lawn (Esc)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <source>Information sharing: what everyone needs to know before family time.</source>
            <translation>Rhannu gwybodaeth: yr hyn sydd angen i bawb ei wybod cyn amser teulu.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <source>Presenting: {family_name}</source>
            <translation>Cyflwyno: {family_name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <source>{value0} of {count_slides}</source>
            <translation>{value0} o {count_slides}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <source>Slide {value1} of {count_slides}: {title}</source>
            <translation>Sleid {value1} o {count_slides}: {title}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <source>{name}’s wishes and feelings</source>
            <translation>Dymuniadau a theimladau {name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <source>Screen {number}: {value3} ({value5}×{value7})</source>
            <translation>Sgrin {number}: {value3} ({value5}×{value7})</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/presenting_view.py" />
            <source>Read out by {reader}</source>
            <translation>Yn cael ei ddarllen gan {reader}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>A regular backup of the caseload is being written: waiting for it to finish, then this goes ahead by itself. Please leave the laptop on.</source>
            <translation>Mae copi wrth gefn rheolaidd o'r llwyth achosion yn cael ei ysgrifennu: yn aros iddo orffen, yna bydd hyn yn mynd rhagddo ohono'i hun. Gadewch y gliniadur ymlaen.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>There is no way to recover a forgotten passphrase: without it the caseload cannot be opened by anyone, you included. Write it down and keep it somewhere safe, away from the laptop.</source>
            <translation>Does dim modd adfer cyfrinymadrodd sydd wedi mynd yn angof: hebddo ni all neb agor y llwyth achosion, gan eich cynnwys chi. Ysgrifennwch ef a'i gadw yn rhywle diogel, i ffwrdd o'r gliniadur.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>✓ The caseload is now encrypted, and the unencrypted copy made first is removed.</source>
            <translation>✓ Mae'r llwyth achosion bellach wedi'i amgryptio, ac mae'r copi heb ei amgryptio a wnaed yn gyntaf wedi'i dynnu.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>The caseload is no longer encrypted.</source>
            <translation>Nid yw'r llwyth achosion wedi'i amgryptio mwyach.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>&amp;Protect with a passphrase…</source>
            <translation>Diogelu â chy&amp;frinymadrodd…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>C&amp;hange the passphrase…</source>
            <translation>&amp;Newid y cyfrinymadrodd…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>Re&amp;move the passphrase…</source>
            <translation>&amp;Tynnu'r cyfrinymadrodd…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>Locking when away</source>
            <translation>Cloi pan fyddwch i ffwrdd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>&amp;Lock FGC Desktop when it is not used for</source>
            <translation>C&amp;loi FGC Desktop pan nad yw'n cael ei ddefnyddio am</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>Minutes without use before locking</source>
            <translation>Munudau heb ddefnydd cyn cloi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source> minutes</source>
            <translation> munud</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>✓ This caseload is protected with a passphrase.</source>
            <translation>✓ Mae'r llwyth achosion hwn wedi'i ddiogelu â chyfrinymadrodd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>The file is encrypted (SQLCipher, AES-256): a lost or stolen laptop does not give the caseload away. FGC Desktop asks for the passphrase when it starts and when it has locked.</source>
            <translation>Mae'r ffeil wedi'i hamgryptio (SQLCipher, AES-256): nid yw gliniadur a gollwyd neu a ddygwyd yn datgelu'r llwyth achosion. Mae FGC Desktop yn gofyn am y cyfrinymadrodd pan fydd yn cychwyn a phan fydd wedi cloi.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>This caseload is not protected.</source>
            <translation>Nid yw'r llwyth achosion hwn wedi'i ddiogelu.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>Anyone who copies the file, or takes this laptop's disk, can read every conference in it. A passphrase encrypts the file, so only someone who knows it can open the caseload.</source>
            <translation>Gall unrhyw un sy'n copïo'r ffeil, neu'n cymryd disg y gliniadur hwn, ddarllen pob cynhadledd ynddi. Mae cyfrinymadrodd yn amgryptio'r ffeil, fel mai dim ond rhywun sy'n ei wybod all agor y llwyth achosion.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source> Ctrl+L locks at once.</source>
            <translation> Mae Ctrl+L yn cloi ar unwaith.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>Always on while the caseload is protected.</source>
            <translation>Ymlaen bob amser tra bo'r llwyth achosion wedi'i ddiogelu.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>Without a passphrase, the lock only hides the caseload from view.</source>
            <translation>Heb gyfrinymadrodd, dim ond cuddio'r llwyth achosion y mae'r clo.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>Protect this caseload</source>
            <translation>Diogelu'r llwyth achosion hwn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>&amp;Protect the caseload</source>
            <translation>Di&amp;ogelu'r llwyth achosion</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>Encrypting the caseload… A big caseload takes a minute or two. Please leave the laptop on.</source>
            <translation>Yn amgryptio'r llwyth achosion… Mae llwyth achosion mawr yn cymryd munud neu ddwy. Gadewch y gliniadur ymlaen.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>Change the passphrase</source>
            <translation>Newid y cyfrinymadrodd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>&amp;Change the passphrase</source>
            <translation>&amp;Newid y cyfrinymadrodd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>Encrypting the caseload again with the new passphrase…</source>
            <translation>Yn amgryptio'r llwyth achosion eto â'r cyfrinymadrodd newydd…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>✓ The passphrase has been changed.</source>
            <translation>✓ Mae'r cyfrinymadrodd wedi'i newid.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>Remove the passphrase</source>
            <translation>Tynnu'r cyfrinymadrodd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>Without a passphrase, anyone who copies the file or takes this laptop's disk can read every conference in it. Type the passphrase to remove it.</source>
            <translation>Heb gyfrinymadrodd, gall unrhyw un sy'n copïo'r ffeil neu'n cymryd disg y gliniadur hwn ddarllen pob cynhadledd ynddi. Teipiwch y cyfrinymadrodd i'w dynnu.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>&amp;Remove the passphrase</source>
            <translation>&amp;Tynnu'r cyfrinymadrodd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>Decrypting the caseload… A big caseload takes a minute or two. Please leave the laptop on.</source>
            <translation>Yn dadgryptio'r llwyth achosion… Mae llwyth achosion mawr yn cymryd munud neu ddwy. Gadewch y gliniadur ymlaen.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>Choose a passphrase for this caseload. </source>
            <translation>Dewiswch gyfrinymadrodd ar gyfer y llwyth achosion hwn. </translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>Type the current passphrase, then choose a new one. </source>
            <translation>Teipiwch y cyfrinymadrodd presennol, yna dewiswch un newydd. </translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>These older copies beside it are still unencrypted. Delete them, or keep them somewhere as safe as the laptop:
{names}</source>
            <translation>Mae'r copïau hŷn hyn wrth ei ochr yn dal heb eu hamgryptio. Dilëwch nhw, neu cadwch nhw yn rhywle mor ddiogel â'r gliniadur:
{names}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>The backup taken first is kept with the others, encrypted: it opens only with the passphrase just removed, and File → Restore from a backup… asks for it. It is {path}.</source>
            <translation>Cedwir y copi wrth gefn a wnaed gyntaf gyda'r lleill, wedi'i amgryptio: dim ond y cyfrinymadrodd newydd ei dynnu sy'n ei agor, a bydd Ffeil → Adfer o gopi wrth gefn… yn gofyn amdano. Dyma fe: {path}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/protection_settings.py" />
            <source>The regular backup being written has not finished after {minutes} minutes, so nothing was changed. Try again in a while.</source>
            <translation>Nid yw'r copi wrth gefn rheolaidd sy'n cael ei ysgrifennu wedi gorffen ar ôl {minutes} munud, felly ni newidiwyd dim. Rhowch gynnig arall ymhen ychydig.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/reason_dialog.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Reason</source>
            <translation>Rheswm</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/record_list.py" />
            <source>Selected {noun}</source>
            <translation>Y {noun} a ddewiswyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/record_list.py" />
            <source>Remove this {noun}</source>
            <translation>Tynnu'r {noun} a ddewiswyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/record_list.py" />
            <source>Remove the selected {noun}</source>
            <translation>Tynnu'r {noun} a ddewiswyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/record_list.py" />
            <source>Add an {noun}</source>
            <translation>Ychwanegu {noun}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/record_list.py" />
            <source>Add a {noun}</source>
            <translation>Ychwanegu {noun}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/referral_form.py" />
            <source>Write each question for the family on its own line.</source>
            <translation>Ysgrifennwch bob cwestiwn i'r teulu ar ei linell ei hun.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/referral_form.py" />
            <source>Referral summary…</source>
            <translation>Crynodeb o'r atgyfeiriad…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/referral_form.py" />
            <source>Preview and print the referral summary</source>
            <translation>Rhagweld ac argraffu'r crynodeb o'r atgyfeiriad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/referral_form.py" />
            <source>From the referrer</source>
            <translation>Gan yr atgyfeiriwr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/referral_form.py" />
            <source>The referral, in the referrer's words</source>
            <translation>Yr atgyfeiriad, yng ngeiriau'r atgyfeiriwr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/referral_form.py" />
            <source>Consent</source>
            <translation>Cydsyniad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/referral_summary_preview.py" />
            <source>the referral summary</source>
            <translation>y crynodeb o'r atgyfeiriad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/referral_summary_preview.py" />
            <source>Referral summary – {family_name} ({reference})</source>
            <translation>Crynodeb o'r atgyfeiriad – {family_name} ({reference})</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restorative_highlighter.py" />
            <source>Restorative language</source>
            <translation>Iaith adferol</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restorative_highlighter.py" />
            <source>Describing what happened, rather than who someone is, helps families stay in the room.</source>
            <translation>Mae disgrifio'r hyn a ddigwyddodd, yn hytrach na phwy yw rhywun, yn helpu teuluoedd i aros yn yr ystafell.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restorative_highlighter.py" />
            <source>“{phrase}” can sound like blame. Kinder words: {suggestion}</source>
            <translation>Gall “{phrase}” swnio fel bai. Geiriau mwy caredig: {suggestion}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restorative_highlighter.py" />
            <source>Kinder words for “{shown}”…</source>
            <translation>Geiriau mwy caredig yn lle “{shown}”…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restorative_highlighter.py" />
            <source>Kinder words: {suggestion}</source>
            <translation>Geiriau mwy caredig: {suggestion}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restorative_highlighter.py" />
            <source>Replace with “{value1}”</source>
            <translation>Rhoi “{value1}” yn ei le</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restorative_highlighter.py" />
            <source>&lt;b&gt;“{phrase}”&lt;/b&gt; can sound like blame.</source>
            <translation>Gall &lt;b&gt;“{phrase}”&lt;/b&gt; swnio fel bai.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Protected by a different passphrase: choose it and type that passphrase to see what it holds</source>
            <translation>Wedi'i ddiogelu â chyfrinymadrodd gwahanol: dewiswch ef a theipiwch y cyfrinymadrodd hwnnw i weld beth sydd ynddo</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Taken</source>
            <translation>Gwnaed</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Conferences</source>
            <translation>Cynadleddau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Newest change</source>
            <translation>Newid diweddaraf</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Size</source>
            <translation>Maint</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Once restored, the caseload is not protected with a passphrase, as it is now: protect it again in Settings › Protection if it should be.</source>
            <translation>Ar ôl ei adfer, ni fydd y llwyth achosion wedi'i ddiogelu â chyfrinymadrodd, fel y mae nawr: diogelwch ef eto yn Gosodiadau › Diogelu os dylai fod.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Restore from a backup</source>
            <translation>Adfer o gopi wrth gefn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Backups</source>
            <translation>Copïau wrth gefn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>&amp;Restore this backup…</source>
            <translation>&amp;Adfer y copi wrth gefn hwn…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Restore &amp;another file…</source>
            <translation>Adfer ffeil a&amp;rall…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>A backup kept elsewhere, e.g. on a USB stick</source>
            <translation>Copi wrth gefn a gedwir yn rhywle arall, e.e. ar gof bach USB</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Choose a backup to restore</source>
            <translation>Dewiswch gopi wrth gefn i'w adfer</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Once restored, the caseload keeps its current passphrase: the backup's is not needed again.</source>
            <translation>Ar ôl ei adfer, mae'r llwyth achosion yn cadw ei gyfrinymadrodd presennol: ni fydd angen un y copi wrth gefn eto.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Restore this backup?</source>
            <translation>Adfer y copi wrth gefn hwn?</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Restore</source>
            <translation>Adfer</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Holds 1 conference</source>
            <translation>Yn dal 1 gynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Holds {count:,} conferences</source>
            <translation>Yn dal {count:,} cynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>; the newest change was made on {moment}</source>
            <translation>; gwnaed y newid diweddaraf ar {moment}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>reading…</source>
            <translation>yn darllen…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>cannot be read</source>
            <translation>ni ellir ei ddarllen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>There are no backups of this caseload yet. FGC Desktop makes one every day it is used; a backup kept elsewhere can be restored with “Restore another file…”.</source>
            <translation>Does dim copïau wrth gefn o'r llwyth achosion hwn eto. Mae FGC Desktop yn gwneud un bob dydd y caiff ei ddefnyddio; gellir adfer copi wrth gefn a gedwir yn rhywle arall gydag “Adfer ffeil arall…”.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Taken on {moment} ({reason}), {size}. </source>
            <translation>Gwnaed ar {moment} ({reason}), {size}. </translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source> Opened with the passphrase you typed for it.</source>
            <translation> Wedi'i agor gyda'r cyfrinymadrodd a deipiwyd gennych ar ei gyfer.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>It is protected by a different passphrase from the caseload's: the one the caseload had when it was taken. Choose “Restore this backup…” and type that passphrase to see what it holds.</source>
            <translation>Mae wedi'i ddiogelu â chyfrinymadrodd gwahanol i un y llwyth achosion: yr un oedd gan y llwyth achosion pan gafodd ei wneud. Dewiswch “Adfer y copi wrth gefn hwn…” a theipiwch y cyfrinymadrodd hwnnw i weld beth sydd ynddo.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Put the backup taken on {moment} in place of the caseload?</source>
            <translation>Rhoi'r copi wrth gefn a wnaed ar {moment} yn lle'r llwyth achosion?</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Put {name} in place of the caseload?</source>
            <translation>Rhoi {name} yn lle'r llwyth achosion?</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Most recently changed: {families}.</source>
            <translation>Newidiwyd yn fwyaf diweddar: {families}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>locked</source>
            <translation>wedi'i gloi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>other passphrase</source>
            <translation>cyfrinymadrodd arall</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Backups of &lt;b&gt;{value1}&lt;/b&gt;, kept in {value3}. Choose one to put in place of the caseload. The caseload as it is now is backed up first, so a restore can be undone.</source>
            <translation>Copïau wrth gefn o &lt;b&gt;{value1}&lt;/b&gt;, a gedwir yn {value3}. Dewiswch un i'w roi yn lle'r llwyth achosion. Caiff y llwyth achosion fel y mae nawr ei gadw wrth gefn yn gyntaf, fel y gellir dadwneud adfer.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>What the backups hold could not be read: {error}</source>
            <translation>Nid oedd modd darllen beth sydd yn y copïau wrth gefn: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Reading what it holds…</source>
            <translation>Yn darllen beth sydd ynddo…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>A backup with another passphrase</source>
            <translation>Copi wrth gefn â chyfrinymadrodd arall</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>&amp;Open the backup</source>
            <translation>&amp;Agor y copi wrth gefn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>Its &amp;passphrase:</source>
            <translation>Ei &amp;gyfrinymadrodd:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>{holds}Anything changed after that backup will not be in the restored caseload, but the caseload as it is now is backed up first, so nothing is lost.

FGC Desktop then reopens on the restored caseload.</source>
            <translation>{holds}Ni fydd unrhyw beth a newidiwyd ar ôl y copi wrth gefn hwnnw yn y llwyth achosion a adferwyd, ond caiff y llwyth achosion fel y mae nawr ei gadw wrth gefn yn gyntaf, felly ni chollir dim.

Yna mae FGC Desktop yn ailagor ar y llwyth achosion a adferwyd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>of 1 family</source>
            <translation>o 1 teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>of {count:,} families</source>
            <translation>o {count:,} teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>The backup taken on {moment}</source>
            <translation>Mae'r copi wrth gefn a wnaed ar {moment}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>The file {name}</source>
            <translation>Mae'r ffeil {name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>It cannot be read: {problem}</source>
            <translation>Ni ellir ei ddarllen: {problem}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>⚠ The passphrase was wrong {tries} times, so the backup was not opened. Nothing was changed; choose it again to try once more.</source>
            <translation>⚠ Roedd y cyfrinymadrodd yn anghywir {tries} gwaith, felly nid agorwyd y copi wrth gefn. Ni newidiwyd dim; dewiswch ef eto i roi cynnig arall arni.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>It may not be usable: {problem} It is checked before anything changes.</source>
            <translation>Efallai na ellir ei ddefnyddio: {problem} Caiff ei wirio cyn i ddim newid.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/restore_dialog.py" />
            <source>{what} is protected by a different passphrase from the caseload's: the one the caseload had when it was taken. Type that passphrase to see what it holds. Nothing is changed until you confirm the restore. </source>
            <translation>{what} wedi'i ddiogelu â chyfrinymadrodd gwahanol i un y llwyth achosion: yr un oedd gan y llwyth achosion pan gafodd ei wneud. Teipiwch y cyfrinymadrodd hwnnw i weld beth sydd ynddo. Ni newidir dim nes i chi gadarnhau'r adfer. </translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_setting.py" />
            <source>Closed conferences are kept for this long after they close. After that, File → Retention review lists them, to anonymise (keeping only anonymous statistics) or delete in one reviewed step. Nothing goes without that review.</source>
            <translation>Caiff cynadleddau sydd wedi cau eu cadw am hyn o amser ar ôl iddynt gau. Wedi hynny, mae Ffeil → Adolygiad cadw yn eu rhestru, i'w gwneud yn ddienw (gan gadw ystadegau dienw yn unig) neu i'w dileu mewn un cam wedi'i adolygu. Does dim yn mynd heb yr adolygiad hwnnw.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_setting.py" />
            <source> years</source>
            <translation> blynedd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_setting.py" />
            <source>Kept: closed conferences are kept for {kept} years.</source>
            <translation>Wedi'i gadw: caiff cynadleddau sydd wedi cau eu cadw am {kept} blynedd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_setting.py" />
            <source>⚠ Not kept: {error}</source>
            <translation>⚠ Heb ei gadw: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>Retention review</source>
            <translation>Adolygiad cadw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>Closed conferences past the retention period</source>
            <translation>Cynadleddau wedi cau sydd y tu hwnt i'r cyfnod cadw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>Tick &amp;all</source>
            <translation>Ticio'r &amp;cyfan</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>&amp;Untick all</source>
            <translation>&amp;Dad-dicio'r cyfan</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>A&amp;nonymise: keep only anonymous statistics (stage dates, counts, outcomes); every name, text and contact detail is removed</source>
            <translation>Gwneud yn &amp;ddienw: cadw ystadegau dienw yn unig (dyddiadau camau, cyfrifon, canlyniadau); caiff pob enw, testun a manylyn cyswllt ei dynnu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>&amp;Delete: remove the conference and everything recorded about it</source>
            <translation>D&amp;ileu: tynnu'r gynhadledd a phopeth a gofnodwyd amdani</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>Number of conferences, to confirm</source>
            <translation>Nifer y cynadleddau, i gadarnhau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>What happens to the ticked conferences</source>
            <translation>Beth sy'n digwydd i'r cynadleddau a diciwyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>1 year</source>
            <translation>1 flwyddyn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>Delete {conferences}</source>
            <translation>Dileu {conferences}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>Anonymise {conferences}</source>
            <translation>Gwneud {conferences} yn ddienw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>Deleting {conferences}…</source>
            <translation>Yn dileu {conferences}…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>Anonymising {conferences}…</source>
            <translation>Yn gwneud {conferences} yn ddienw…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>Nothing was changed</source>
            <translation>Ni newidiwyd dim</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>Tick the conferences to anonymise or delete.</source>
            <translation>Ticiwch y cynadleddau i'w gwneud yn ddienw neu i'w dileu.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>Another program was reading the caseload file: the old pages are overwritten when it lets go.</source>
            <translation>Roedd rhaglen arall yn darllen ffeil y llwyth achosion: caiff yr hen dudalennau eu trosysgrifo pan fydd yn ei rhyddhau.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source> Each one's history records that it happened, without names.</source>
            <translation> Mae hanes pob un yn cofnodi iddo ddigwydd, heb enwau.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Closed on</source>
            <translation>Wedi cau ar</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>{count} years</source>
            <translation>{count} blynedd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>{conferences} deleted ({records} records).</source>
            <translation>{conferences} wedi'u dileu ({records} cofnod).</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>{conferences} anonymised ({records} records).</source>
            <translation>{conferences} wedi'u gwneud yn ddienw ({records} cofnod).</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>Nothing was changed. {error}</source>
            <translation>Ni newidiwyd dim. {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>Your service keeps closed conferences for {years} (change it in File → Settings). These {value3} closed before {value5}. Untick any that must be kept longer.</source>
            <translation>Mae eich gwasanaeth yn cadw cynadleddau sydd wedi cau am {years} (newidiwch hyn yn Ffeil → Gosodiadau). Caeodd y rhain ({value3}) cyn {value5}. Dad-diciwch unrhyw rai y mae'n rhaid eu cadw'n hirach.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>Your service keeps closed conferences for {years}. No conference closed before {value3} still holds anyone's details: there is nothing to do.</source>
            <translation>Mae eich gwasanaeth yn cadw cynadleddau sydd wedi cau am {years}. Does dim cynhadledd a gaeodd cyn {value3} yn dal manylion neb: does dim i'w wneud.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>This cannot be undone. To confirm, type the number of conferences ticked ({count}):</source>
            <translation>Ni ellir dadwneud hyn. I gadarnhau, teipiwch nifer y cynadleddau a diciwyd ({count}):</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/retention_window.py" />
            <source>The caseload could not be read: {error}</source>
            <translation>Nid oedd modd darllen y llwyth achosion: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_invitees.py" />
            <source>Tick everyone invited to the review. Record the day each letter went out, and on the day, how each person took part. A letter never shows anyone else's confidential contact details.</source>
            <translation>Ticiwch bawb a wahoddwyd i'r adolygiad. Cofnodwch y diwrnod yr anfonwyd pob llythyr, ac ar y diwrnod, sut y cymerodd pob person ran. Nid yw llythyr byth yn dangos manylion cyswllt cyfrinachol neb arall.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_invitees.py" />
            <source>Letters sent on</source>
            <translation>Llythyrau wedi'u hanfon ar</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_invitees.py" />
            <source>Record letters as sent</source>
            <translation>Cofnodi llythyrau fel wedi'u hanfon</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_invitees.py" />
            <source>Record the letters of everyone invited and not yet sent as sent on that day</source>
            <translation>Cofnodi bod llythyrau pawb a wahoddwyd ac nad ydynt wedi'u hanfon eto wedi'u hanfon ar y diwrnod hwnnw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_invitees.py" />
            <source>Print the letters…</source>
            <translation>Argraffu'r llythyrau…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_invitees.py" />
            <source>Preview and print the review invitation letters</source>
            <translation>Rhagweld ac argraffu'r llythyrau gwahodd i'r adolygiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_invitees.py" />
            <source>not sent</source>
            <translation>heb ei anfon</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_invitees.py" />
            <source>How they took part</source>
            <translation>Sut y cymerasant ran</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_invitees.py" />
            <source>Every invited person's letter is already recorded as sent.</source>
            <translation>Mae llythyr pob person a wahoddwyd eisoes wedi'i gofnodi fel wedi'i anfon.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_invitees.py" />
            <source>Invite {name} to the review</source>
            <translation>Gwahodd {name} i'r adolygiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_invitees.py" />
            <source>Review letter sent to {name} on</source>
            <translation>Llythyr adolygu wedi'i anfon at {name} ar</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_invitees.py" />
            <source>How {name} took part in the review</source>
            <translation>Sut y cymerodd {name} ran yn yr adolygiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_letters_preview.py" />
            <source>1 review letter</source>
            <translation>1 llythyr adolygu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_letters_preview.py" />
            <source>{count} review letters</source>
            <translation>{count} llythyr adolygu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_letters_preview.py" />
            <source>Review invitation letters – {family_name} ({reference})</source>
            <translation>Llythyrau gwahodd i'r adolygiad – {family_name} ({reference})</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_outcome.py" />
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>The plan continues unchanged</source>
            <translation>Mae'r cynllun yn parhau heb newid</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_outcome.py" />
            <source>A new version of the plan…</source>
            <translation>Fersiwn newydd o'r cynllun…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_outcome.py" />
            <source>Start a copy of the agreed plan to change on the Plan page; everyone who came to the review signs it again</source>
            <translation>Dechrau copi o'r cynllun y cytunwyd arno i'w newid ar dudalen y Cynllun; mae pawb a ddaeth i'r adolygiad yn ei lofnodi eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_outcome.py" />
            <source>Close the conference…</source>
            <translation>Cau'r gynhadledd…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_outcome.py" />
            <source>Reopen this review…</source>
            <translation>Ailagor yr adolygiad hwn…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_outcome.py" />
            <source>Open the plan</source>
            <translation>Agor y cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_outcome.py" />
            <source>Open the new version on the Plan page</source>
            <translation>Agor y fersiwn newydd ar dudalen y Cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_outcome.py" />
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>A new version of the plan</source>
            <translation>Fersiwn newydd o'r cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_outcome.py" />
            <source>Reopen the review</source>
            <translation>Ailagor yr adolygiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_outcome.py" />
            <source>The review's outcome is taken back so its record can be changed; choose how it ends again afterwards.

Reopen the review?</source>
            <translation>Caiff canlyniad yr adolygiad ei dynnu'n ôl fel y gellir newid ei gofnod; dewiswch sut mae'n dod i ben eto wedyn.

Ailagor yr adolygiad?</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_outcome.py" />
            <source>&lt;b&gt;✓ Everything is recorded. How does the review end?&lt;/b&gt;</source>
            <translation>&lt;b&gt;✓ Mae popeth wedi'i gofnodi. Sut mae'r adolygiad yn dod i ben?&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_outcome.py" />
            <source>This review ended on {date}: {outcome}.</source>
            <translation>Daeth yr adolygiad hwn i ben ar {date}: {outcome}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_outcome.py" />
            <source>This review ended: {outcome}.</source>
            <translation>Daeth yr adolygiad hwn i ben: {outcome}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_outcome.py" />
            <source>Version {version} stays exactly as agreed. Version {value3} starts as a copy for the changes agreed at the review. Everyone who came to the review signs the new version before it is agreed.

Start version {value3}?</source>
            <translation>Mae fersiwn {version} yn aros yn union fel y cytunwyd. Mae fersiwn {value3} yn dechrau fel copi ar gyfer y newidiadau a gytunwyd yn yr adolygiad. Mae pawb a ddaeth i'r adolygiad yn llofnodi'r fersiwn newydd cyn cytuno arni.

Dechrau fersiwn {value3}?</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_outcome.py" />
            <source>&lt;b&gt;Still to record before the review ends:&lt;/b&gt;{steps}</source>
            <translation>&lt;b&gt;I'w gofnodi o hyd cyn i'r adolygiad ddod i ben:&lt;/b&gt;{steps}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_outcome.py" />
            <source>Version {version} was signed again and agreed.</source>
            <translation>Llofnodwyd fersiwn {version} eto a chytunwyd arni.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_outcome.py" />
            <source>Why: {reason}.</source>
            <translation>Pam: {reason}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_outcome.py" />
            <source>Version {version} is a draft. Change it on the Plan page; everyone who came to the review signs it, and the referrer agrees it there.</source>
            <translation>Drafft yw fersiwn {version}. Newidiwch hi ar dudalen y Cynllun; mae pawb a ddaeth i'r adolygiad yn ei llofnodi, ac mae'r atgyfeiriwr yn cytuno arni yno.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>Which review to show</source>
            <translation>Pa adolygiad i'w ddangos</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>Schedule the next review</source>
            <translation>Trefnu'r adolygiad nesaf</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>Review record…</source>
            <translation>Cofnod yr adolygiad…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>Preview and print the review record</source>
            <translation>Rhagweld ac argraffu cofnod yr adolygiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>&amp;Review:</source>
            <translation>&amp;Adolygiad:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>On the day: the date it took place, then how each action is going, what people think, and how the review ends.</source>
            <translation>Ar y diwrnod: y dyddiad y digwyddodd, yna sut mae pob cam gweithredu'n mynd, beth mae pobl yn ei feddwl, a sut mae'r adolygiad yn dod i ben.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>In their own words: how the family think the plan is going, and how the professionals think it is going.</source>
            <translation>Yn eu geiriau eu hunain: sut mae'r teulu'n meddwl bod y cynllun yn mynd, a sut mae'r gweithwyr proffesiynol yn meddwl ei fod yn mynd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>date not set</source>
            <translation>dim dyddiad wedi'i bennu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>Who is invited, and who came</source>
            <translation>Pwy sydd wedi'u gwahodd, a phwy ddaeth</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>At the review</source>
            <translation>Yn yr adolygiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>How the plan is going</source>
            <translation>Sut mae'r cynllun yn mynd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>What people think</source>
            <translation>Beth mae pobl yn ei feddwl</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>How the review ends</source>
            <translation>Sut mae'r adolygiad yn dod i ben</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>Schedule the review</source>
            <translation>Trefnu'r adolygiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>No review yet.</source>
            <translation>Dim adolygiad eto.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>held {date}</source>
            <translation>cynhaliwyd {date}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>Review {number}</source>
            <translation>Adolygiad {number}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>Review of version {version} of the plan, held on {date}: {outcome}. It is kept as it was.</source>
            <translation>Adolygiad o fersiwn {version} o'r cynllun, a gynhaliwyd ar {date}: {outcome}. Caiff ei gadw fel yr oedd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>a date still to set</source>
            <translation>dyddiad heb ei bennu eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>planned for {date}</source>
            <translation>wedi'i gynllunio ar gyfer {date}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>Review of version {version} of the plan, held on {date}. Record how each action is going, what people think, and how it ends.</source>
            <translation>Adolygiad o fersiwn {version} o'r cynllun, a gynhaliwyd ar {date}. Cofnodwch sut mae pob cam gweithredu'n mynd, beth mae pobl yn ei feddwl, a sut mae'n dod i ben.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>Review of version {version} of the plan, planned for {date}. Invite people and send their letters; on the day, record what the review finds.</source>
            <translation>Adolygiad o fersiwn {version} o'r cynllun, wedi'i gynllunio ar gyfer {date}. Gwahoddwch bobl ac anfonwch eu llythyrau; ar y diwrnod, cofnodwch beth mae'r adolygiad yn ei ganfod.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_page.py" />
            <source>The plan says it will be reviewed by {date}.</source>
            <translation>Mae'r cynllun yn dweud y caiff ei adolygu erbyn {date}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_record_preview.py" />
            <source>review not held yet</source>
            <translation>adolygiad heb ei gynnal eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_record_preview.py" />
            <source>the review record</source>
            <translation>cofnod yr adolygiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_record_preview.py" />
            <source>review held {date}</source>
            <translation>adolygiad a gynhaliwyd {date}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/review_record_preview.py" />
            <source>Review record – {family_name} ({reference})</source>
            <translation>Cofnod yr adolygiad – {family_name} ({reference})</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/search_panel.py" />
            <source>Search results</source>
            <translation>Canlyniadau chwilio</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/search_panel.py" />
            <source>Keep typing: one letter would find most of the caseload.</source>
            <translation>Daliwch ati i deipio: byddai un llythyren yn canfod y rhan fwyaf o'r llwyth achosion.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/search_panel.py" />
            <source>Searching for “{text}”…</source>
            <translation>Yn chwilio am “{text}”…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/search_panel.py" />
            <source>⚠ The search could not be done: {error}</source>
            <translation>⚠ Nid oedd modd chwilio: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/search_panel.py" />
            <source>Nothing found for “{text}”. Every word must appear in the conference; words are matched from their start.</source>
            <translation>Dim byd wedi'i ganfod ar gyfer “{text}”. Rhaid i bob gair ymddangos yn y gynhadledd; caiff geiriau eu paru o'u dechrau.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/search_panel.py" />
            <source>1 conference found. Choose it to open it.</source>
            <translation>Canfuwyd 1 gynhadledd. Dewiswch hi i'w hagor.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/search_panel.py" />
            <source>More than {count} conferences found: the {count} with the newest matching text are listed, best match first. Add a word to narrow the search.</source>
            <translation>Daethpwyd o hyd i fwy na {count} o gynadleddau: rhestrir y {count} â'r testun cyfatebol mwyaf newydd, y cyfatebiad gorau yn gyntaf. Ychwanegwch air i gyfyngu'r chwilio.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/search_panel.py" />
            <source>{count:,} conferences found, best match first. Choose one to open it.</source>
            <translation>Canfuwyd {count:,} cynhadledd, y cyfatebiad gorau yn gyntaf. Dewiswch un i'w hagor.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/search_results.py" />
            <source>Found in</source>
            <translation>Canfuwyd yn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/search_results.py" />
            <source>What was found</source>
            <translation>Beth a ganfuwyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>Text boxes gently underline these phrases as they are typed, and offer the kinder wording on hover and in the right-click menu. Put a rewording in “curly quotes” to offer it as a one-click replacement.</source>
            <translation>Mae blychau testun yn tanlinellu'r ymadroddion hyn yn ysgafn wrth iddynt gael eu teipio, ac yn cynnig y geiriad mwy caredig wrth hofran ac yn y ddewislen clicio-de. Rhowch eiriad newydd mewn “dyfynodau crwm” i'w gynnig fel amnewidiad ag un clic.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>Restorative phrases</source>
            <translation>Ymadroddion adferol</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>Each row: a phrase that can sound like blame, and a kinder way to say it.</source>
            <translation>Pob rhes: ymadrodd a all swnio fel bai, a ffordd fwy caredig o'i ddweud.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>&amp;Add a phrase</source>
            <translation>&amp;Ychwanegu ymadrodd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>&amp;Remove the phrase</source>
            <translation>&amp;Tynnu'r ymadrodd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>Restore the &amp;defaults…</source>
            <translation>Adfer y &amp;rhagosodiadau…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>Restore the default phrases?</source>
            <translation>Adfer yr ymadroddion rhagosodedig?</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>Replace your service's phrase list with the one FGC Desktop comes with? Your own phrases and wordings will be lost.</source>
            <translation>Rhoi'r rhestr sy'n dod gydag FGC Desktop yn lle rhestr ymadroddion eich gwasanaeth? Bydd eich ymadroddion a'ch geiriad eich hun yn cael eu colli.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>Settings</source>
            <translation>Gosodiadau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>Settings sections</source>
            <translation>Adrannau'r gosodiadau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>&amp;You</source>
            <translation>&amp;Chi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>&amp;Restorative language</source>
            <translation>Iaith &amp;adferol</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>&amp;Protection</source>
            <translation>&amp;Diogelu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>Re&amp;tention</source>
            <translation>Cad&amp;w</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>&amp;Language</source>
            <translation>&amp;Iaith</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>Your details go on every letter and plan, so families know who to call. Each one is kept as you leave the box.</source>
            <translation>Mae eich manylion yn mynd ar bob llythyr a chynllun, fel bod teuluoedd yn gwybod pwy i'w ffonio. Caiff pob un ei gadw wrth i chi adael y blwch.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>Close without these phrases?</source>
            <translation>Cau heb yr ymadroddion hyn?</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>Phrase that can sound like blame</source>
            <translation>Ymadrodd a all swnio fel bai</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>Kinder words</source>
            <translation>Geiriau mwy caredig</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>{names} has no kinder words yet, so it is not kept. Close anyway?</source>
            <translation>Does dim geiriau mwy caredig gan {names} eto, felly nid yw'n cael ei gadw. Cau beth bynnag?</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/settings_dialog.py" />
            <source>“{value1}” is kept once it has kinder words beside it.</source>
            <translation>Caiff “{value1}” ei gadw pan fydd geiriau mwy caredig wrth ei ochr.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_dialog.py" />
            <source>Clear</source>
            <translation>Clirio</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_dialog.py" />
            <source>Wipe the box and start again (Undo brings it back)</source>
            <translation>Clirio'r blwch a dechrau eto (mae Dadwneud yn dod ag ef yn ôl)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_dialog.py" />
            <source>Undo</source>
            <translation>Dadwneud</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_dialog.py" />
            <source>Take back the last stroke (Ctrl+Z)</source>
            <translation>Dadwneud y strôc olaf (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_dialog.py" />
            <source>Redo</source>
            <translation>Ailwneud</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_dialog.py" />
            <source>Put back the stroke Undo took (Ctrl+Shift+Z)</source>
            <translation>Rhoi'n ôl y strôc a gymerodd Dadwneud (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_dialog.py" />
            <source>Cannot sign with a mouse, finger or stylus? Cancel, then record that they agreed by phone, signed on paper or declined to sign.</source>
            <translation>Methu llofnodi gyda llygoden, bys neu stylus? Cansliwch, yna cofnodwch eu bod wedi cytuno dros y ffôn, wedi llofnodi ar bapur neu wedi gwrthod llofnodi.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_dialog.py" />
            <source>Save signature</source>
            <translation>Cadw'r llofnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_dialog.py" />
            <source>Nothing is signed yet: sign in the box, then save.</source>
            <translation>Does dim wedi'i lofnodi eto: llofnodwch yn y blwch, yna cadwch.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_dialog.py" />
            <source>Sign in the box first</source>
            <translation>Llofnodwch yn y blwch yn gyntaf</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_dialog.py" />
            <source>Keep this signature with the plan (Ctrl+Enter)</source>
            <translation>Cadw'r llofnod hwn gyda'r cynllun (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_dialog.py" />
            <source>Sign the plan: {name}</source>
            <translation>Llofnodi'r cynllun: {name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_dialog.py" />
            <source>&lt;span style='font-size: large; font-weight: bold;'&gt;Signature of {value1}&lt;/span&gt;</source>
            <translation>&lt;span style='font-size: large; font-weight: bold;'&gt;Llofnod {value1}&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_dialog.py" />
            <source>Sign in the box to show you agree with version {version} of the {value3}'s plan, as it reads now.</source>
            <translation>Llofnodwch yn y blwch i ddangos eich bod yn cytuno â fersiwn {version} o gynllun {value3}, fel y mae'n darllen nawr.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_dialog.py" />
            <source>Signature pad for {name}</source>
            <translation>Pad llofnod ar gyfer {name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_dialog.py" />
            <source>Not saved: the store could not be written. Try again.</source>
            <translation>Heb ei gadw: nid oedd modd ysgrifennu i'r storfa. Rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_pad.py" />
            <source>Draw the signature here with a mouse, a finger or a stylus. Ctrl+Z takes back the last stroke, Ctrl+Shift+Z puts it back. Signing needs a pointer: without one, record instead that the person agreed by phone, signed on paper or declined to sign.</source>
            <translation>Lluniwch y llofnod yma gyda llygoden, bys neu stylus. Mae Ctrl+Z yn dadwneud y strôc olaf, ac mae Ctrl+Shift+Z yn ei rhoi'n ôl. Mae llofnodi angen pwyntydd: hebddo, cofnodwch yn lle hynny fod y person wedi cytuno dros y ffôn, wedi llofnodi ar bapur neu wedi gwrthod llofnodi.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_pad.py" />
            <source>Signature pad</source>
            <translation>Pad llofnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_pad.py" />
            <source>Sign here with a mouse, finger or stylus</source>
            <translation>Llofnodwch yma gyda llygoden, bys neu stylus</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signature_pad.py" />
            <source>Sign here</source>
            <translation>Llofnodwch yma</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>Signatures are recorded once the family's plan is written.</source>
            <translation>Caiff llofnodion eu cofnodi unwaith y bydd cynllun y teulu wedi'i ysgrifennu.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>No one is recorded as taking part yet. Record who was there on the Conference day page; everyone who took part, except children and interpreters, is asked to sign.</source>
            <translation>Does neb wedi'i gofnodi fel un sy'n cymryd rhan eto. Cofnodwch pwy oedd yno ar dudalen Diwrnod y gynhadledd; gofynnir i bawb a gymerodd ran, ac eithrio plant a chyfieithwyr, lofnodi.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>○ Not yet</source>
            <translation>○ Ddim eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>⚠ Signed an earlier wording — ask them to sign again</source>
            <translation>⚠ Llofnododd eiriad cynharach — gofynnwch iddynt lofnodi eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>Sign on screen…</source>
            <translation>Llofnodi ar y sgrin…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <location filename="../../fgc_desktop/domain/network.py" />
            <location filename="../../fgc_desktop/domain/conference.py" />
            <source>By phone</source>
            <translation>Dros y ffôn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>On paper</source>
            <translation>Ar bapur</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>Declined…</source>
            <translation>Gwrthododd…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>Remove</source>
            <translation>Tynnu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>Record that they declined</source>
            <translation>Cofnodi eu bod wedi gwrthod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>Remove signature</source>
            <translation>Tynnu'r llofnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>Everyone who took part, except children and interpreters, agrees this wording of the plan: {done} of {asked} recorded. Changing the plan's wording afterwards means they sign again.</source>
            <translation>Mae pawb a gymerodd ran, ac eithrio plant a chyfieithwyr, yn cytuno ar y geiriad hwn o'r cynllun: {done} o {asked} wedi'u cofnodi. Os caiff geiriad y cynllun ei newid wedyn, byddant yn llofnodi eto.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>⚠ Declined an earlier wording — ask them again</source>
            <translation>⚠ Gwrthododd eiriad cynharach — gofynnwch iddynt eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>(no longer listed as taking part)</source>
            <translation>(nid yw wedi'i restru fel un sy'n cymryd rhan mwyach)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>Sign on screen</source>
            <translation>Llofnodi ar y sgrin</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <location filename="../../fgc_desktop/domain/plan.py" />
            <source>Agreed by phone</source>
            <translation>Wedi cytuno dros y ffôn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <location filename="../../fgc_desktop/domain/plan.py" />
            <source>Signed on paper</source>
            <translation>Wedi'i lofnodi ar bapur</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <location filename="../../fgc_desktop/domain/plan.py" />
            <source>Declined to sign</source>
            <translation>Gwrthododd lofnodi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>Remove the signature of</source>
            <translation>Tynnu llofnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>Version {version} was agreed on {date} with these signatures.</source>
            <translation>Cytunwyd ar fersiwn {version} ar {date} gyda'r llofnodion hyn.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>✗ Declined: {note}</source>
            <translation>✗ Gwrthododd: {note}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>{name} declined to sign</source>
            <translation>Gwrthododd {name} lofnodi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>Why does {name} decline to sign the plan? Write it in their words; it is kept with the plan.</source>
            <translation>Pam mae {name} yn gwrthod llofnodi'r cynllun? Ysgrifennwch hynny yn eu geiriau nhw; caiff ei gadw gyda'r cynllun.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>Remove how {name} agreed ({value3})? They will need to sign or be recorded again.</source>
            <translation>Tynnu sut y cytunodd {name} ({value3})? Bydd angen iddynt lofnodi neu gael eu cofnodi eto.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/signatures_section.py" />
            <source>Signature of {name}</source>
            <translation>Llofnod {name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/stage_bar.py" />
            <source>Go back…</source>
            <translation>Mynd yn ôl…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/stage_bar.py" />
            <source>Go back a stage</source>
            <translation>Mynd yn ôl gam</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/stage_bar.py" />
            <source>Still to do before moving on</source>
            <translation>I'w wneud cyn symud ymlaen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/stage_bar.py" />
            <source>the next stage</source>
            <translation>y cam nesaf</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/stage_bar.py" />
            <source>&lt;b&gt;This conference is closed.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Mae'r gynhadledd hon wedi cau.&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/stage_bar.py" />
            <source>Why is this conference closing? (For example: the review found the plan is working and no more conferences are needed.)</source>
            <translation>Pam mae'r gynhadledd hon yn cau? (Er enghraifft: canfu'r adolygiad fod y cynllun yn gweithio ac nad oes angen rhagor o gynadleddau.)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/stage_bar.py" />
            <source>current stage</source>
            <translation>cam presennol</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/stage_bar.py" />
            <source>Move on to {stage}</source>
            <translation>Symud ymlaen i {stage}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/stage_bar.py" />
            <source>{verb}  (Ctrl+Enter)</source>
            <translation>{verb}  (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/stage_bar.py" />
            <source>Why is this conference going back to {label}? The reason is kept with the conference's history.</source>
            <translation>Pam mae'r gynhadledd hon yn mynd yn ôl i {label}? Caiff y rheswm ei gadw gyda hanes y gynhadledd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/stage_bar.py" />
            <source>Go back to {label}</source>
            <translation>Mynd yn ôl i {label}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/stage_bar.py" />
            <source>done</source>
            <translation>wedi'i wneud</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/stage_bar.py" />
            <source>to come</source>
            <translation>i ddod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/stage_bar.py" />
            <source>&lt;b&gt;✓ Ready to move on to {label}.&lt;/b&gt;</source>
            <translation>&lt;b&gt;✓ Yn barod i symud ymlaen i {label}.&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/stage_bar.py" />
            <source>&lt;b&gt;Still to do before {label}:&lt;/b&gt;</source>
            <translation>&lt;b&gt;I'w wneud o hyd cyn {label}:&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/stage_bar.py" />
            <source>Cannot move on to {where} yet. First: </source>
            <translation>Methu symud ymlaen i {where} eto. Yn gyntaf: </translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_chart.py" />
            <source>Chart</source>
            <translation>Siart</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_chart.py" />
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>Counting…</source>
            <translation>Yn cyfrif…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_chart.py" />
            <source>None in this period</source>
            <translation>Dim yn y cyfnod hwn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_chart.py" />
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>{start} to {end}</source>
            <translation>{start} i {end}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>Custom dates</source>
            <translation>Dyddiadau penodol</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>e.g. 2026-04-01 or 01/04/2026</source>
            <translation>e.e. 2026-04-01 neu 01/04/2026</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>Service statistics</source>
            <translation>Ystadegau'r gwasanaeth</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>Period</source>
            <translation>Cyfnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>From</source>
            <translation>O</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>To</source>
            <translation>I</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>&amp;Count</source>
            <translation>&amp;Cyfrif</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>&amp;Period</source>
            <translation>C&amp;yfnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>referrals received</source>
            <translation>atgyfeiriadau a dderbyniwyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>conferences held</source>
            <translation>cynadleddau a gynhaliwyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>Save as &amp;CSV…</source>
            <translation>Cadw fel &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>PDF &amp;report…</source>
            <translation>&amp;Adroddiad PDF…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>1 day</source>
            <translation>1 diwrnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>First and last day included.</source>
            <translation>Y diwrnod cyntaf a'r olaf wedi'u cynnwys.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>Save the figures as CSV</source>
            <translation>Cadw'r ffigurau fel CSV</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>CSV files (*.csv)</source>
            <translation>Ffeiliau CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>&amp;From</source>
            <translation>&amp;O</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>&amp;To</source>
            <translation>&amp;I</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>the statistics report</source>
            <translation>adroddiad yr ystadegau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>The figures could not be counted ({error}).</source>
            <translation>Nid oedd modd cyfrif y ffigurau ({error}).</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>{count:,} days</source>
            <translation>{count:,} diwrnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>The figures could not be counted: {error}</source>
            <translation>Nid oedd modd cyfrif y ffigurau: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/statistics_window.py" />
            <source>Service statistics – {label}</source>
            <translation>Ystadegau'r gwasanaeth – {label}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/store_health.py" />
            <source>&lt;b&gt;This caseload file is damaged, so nothing more is saved to it.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Mae ffeil y llwyth achosion hon wedi'i difrodi, felly does dim mwy yn cael ei gadw iddi.&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/store_health.py" />
            <source>What you type stays on screen but is not kept: copy anything new you need, then restore the caseload from a backup.</source>
            <translation>Mae'r hyn rydych chi'n ei deipio'n aros ar y sgrin ond nid yw'n cael ei gadw: copïwch unrhyw beth newydd sydd ei angen arnoch, yna adferwch y llwyth achosion o gopi wrth gefn.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/store_health.py" />
            <source>Looking for the newest good backup…</source>
            <translation>Yn chwilio am y copi wrth gefn da diweddaraf…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/store_health.py" />
            <source>No good backup of it was found. Copy out anything you need and ask your IT team for help; the damaged file is left exactly as it is.</source>
            <translation>Ni chanfuwyd copi wrth gefn da ohono. Copïwch unrhyw beth sydd ei angen arnoch a gofynnwch i'ch tîm TG am help; mae'r ffeil sydd wedi'i difrodi'n cael ei gadael yn union fel y mae.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/store_health.py" />
            <source>Restore another file…</source>
            <translation>Adfer ffeil arall…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/store_health.py" />
            <source>The caseload could not be checked: {error}</source>
            <translation>Nid oedd modd gwirio'r llwyth achosion: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/store_health.py" />
            <source>The newest good backup was taken on {value1}.</source>
            <translation>Gwnaed y copi wrth gefn da diweddaraf ar {value1}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/store_problem.py" />
            <source>What you typed is still on screen, so you can try again.</source>
            <translation>Mae'r hyn a deipiwyd gennych yn dal ar y sgrin, felly gallwch roi cynnig arall arni.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/store_problem.py" />
            <source>What you typed is still on screen, but nothing more can be saved to this caseload: restore it from a backup with File → Restore from a backup…</source>
            <translation>Mae'r hyn a deipiwyd gennych yn dal ar y sgrin, ond does dim modd cadw dim mwy i'r llwyth achosion hwn: adferwch ef o gopi wrth gefn drwy Ffeil → Adfer o gopi wrth gefn…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>Subject access request</source>
            <translation>Cais gwrthrych am wybodaeth</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>Find the person by name, in any script. Someone in several conferences has a record in each: tick every record that is this same person (check the family, role and date of birth), then save what is held about them.</source>
            <translation>Canfyddwch y person yn ôl enw, mewn unrhyw wyddor. Mae gan rywun sydd mewn sawl cynhadledd gofnod ym mhob un: ticiwch bob cofnod sy'n perthyn i'r un person hwn (gwiriwch y teulu, y rôl a'r dyddiad geni), yna cadwch yr hyn a gedwir amdanynt.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>Name to find</source>
            <translation>Enw i'w ganfod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>e.g. Nadia Khan, or part of a name</source>
            <translation>e.e. Nadia Khan, neu ran o enw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>People found; tick the records of this person</source>
            <translation>Pobl a ganfuwyd; ticiwch gofnodion y person hwn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>Read it before it is sent. Their own records are included in full; notes about others that mention them are included too. Other people's contact details are withheld wherever they appear.</source>
            <translation>Darllenwch ef cyn ei anfon. Caiff eu cofnodion eu hunain eu cynnwys yn llawn; caiff nodiadau am eraill sy'n sôn amdanynt eu cynnwys hefyd. Caiff manylion cyswllt pobl eraill eu dal yn ôl lle bynnag y maent yn ymddangos.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>Save as &amp;JSON…</source>
            <translation>Cadw fel &amp;JSON…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>&amp;PDF to read, print or save…</source>
            <translation>&amp;PDF i'w ddarllen, ei argraffu neu ei gadw…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Enw:</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>Save the subject access export</source>
            <translation>Cadw'r allforyn mynediad at wybodaeth</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>JSON files (*.json)</source>
            <translation>Ffeiliau JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>the subject access export</source>
            <translation>yr allforyn mynediad at wybodaeth</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>Tick the records that are this person's.</source>
            <translation>Ticiwch y cofnodion sy'n perthyn i'r person hwn.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>Born</source>
            <translation>Ganwyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>Nobody by that name</source>
            <translation>Neb o'r enw hwnnw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>(the first ones; type more of the name)</source>
            <translation>(y rhai cyntaf; teipiwch fwy o'r enw)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>Subject access export – {title_name}</source>
            <translation>Allforyn mynediad at wybodaeth – {title_name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>{records} ticked, in {conferences}.</source>
            <translation>{records} wedi'u ticio, mewn {conferences}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>{count_matches} found{more}</source>
            <translation>Canfuwyd {count_matches}{more}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>The export could not be saved to {path}: {value3}.</source>
            <translation>Nid oedd modd cadw'r allforyn i {path}: {value3}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>1 record</source>
            <translation>1 cofnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/subject_access_window.py" />
            <source>{count} records</source>
            <translation>{count} cofnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <source>Mon</source>
            <translation>Llun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <source>Tue</source>
            <translation>Maw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <source>Wed</source>
            <translation>Mer</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <source>Thu</source>
            <translation>Iau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <source>Fri</source>
            <translation>Gwen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <source>Sat</source>
            <translation>Sad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <source>Sun</source>
            <translation>Sul</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <source>Jan</source>
            <translation>Ion</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <source>Feb</source>
            <translation>Chwef</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <source>Mar</source>
            <translation>Maw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <source>Apr</source>
            <translation>Ebr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <source>Jun</source>
            <translation>Meh</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <source>Jul</source>
            <translation>Gorff</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <source>Aug</source>
            <translation>Awst</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <source>Sep</source>
            <translation>Medi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <source>Oct</source>
            <translation>Hyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <source>Nov</source>
            <translation>Tach</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <source>Dec</source>
            <translation>Rhag</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/translation.py" />
            <source>{kind}: {title}</source>
            <translation>{kind}: {title}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/verify_plan_window.py" />
            <source>Verify a plan</source>
            <translation>Gwirio cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/verify_plan_window.py" />
            <source>Check whether a plan is exactly the plan as agreed: choose the PDF someone sent you, or type or scan the QR code printed on a paper copy.</source>
            <translation>Gwiriwch ai'r union gynllun y cytunwyd arno yw cynllun: dewiswch y PDF a anfonodd rhywun atoch, neu teipiwch neu sganiwch y cod QR sydd wedi'i argraffu ar gopi papur.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/verify_plan_window.py" />
            <source>Choose a PDF…</source>
            <translation>Dewis PDF…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/verify_plan_window.py" />
            <source>Or drop a PDF file on this window.</source>
            <translation>Neu gollyngwch ffeil PDF ar y ffenestr hon.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/verify_plan_window.py" />
            <location filename="../../fgc_desktop/domain/plan_fingerprint.py" />
            <source>QR code text</source>
            <translation>Testun y cod QR</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/verify_plan_window.py" />
            <source>Find</source>
            <translation>Canfod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/verify_plan_window.py" />
            <source>A QR scanner types the code here by itself; then press Enter.</source>
            <translation>Mae sganiwr QR yn teipio'r cod yma ei hun; yna pwyswch Enter.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/verify_plan_window.py" />
            <source>Choose a plan PDF to verify</source>
            <translation>Dewiswch PDF cynllun i'w wirio</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/verify_plan_window.py" />
            <source>PDF files (*.pdf);;All files (*)</source>
            <translation>Ffeiliau PDF (*.pdf);;Pob ffeil (*)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/verify_plan_window.py" />
            <source>The file could not be checked</source>
            <translation>Nid oedd modd gwirio'r ffeil</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/verify_plan_window.py" />
            <source>A plan PDF</source>
            <translation>PDF cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/verify_plan_window.py" />
            <source>The QR code on a paper copy</source>
            <translation>Y cod QR ar gopi papur</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/verify_plan_window.py" />
            <source>e.g. {EXAMPLE}</source>
            <translation>e.e. {EXAMPLE}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/verify_plan_window.py" />
            <source>Checking {name}…</source>
            <translation>Yn gwirio {name}…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/verify_plan_window.py" />
            <source>Checked: {name}</source>
            <translation>Wedi'i wirio: {name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/verify_plan_window.py" />
            <source>Not checked: {value1}</source>
            <translation>Heb ei wirio: {value1}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/verify_plan_window.py" />
            <source>That is not a plan's QR code</source>
            <translation>Nid cod QR cynllun yw hwnnw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/stage.py" />
            <source>Plan agreement</source>
            <translation>Cytuno ar y cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/stage.py" />
            <source>Closed</source>
            <translation>Wedi cau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/dashboard.py" />
            <source>Review meeting</source>
            <translation>Cyfarfod adolygu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/dashboard.py" />
            <source>due in {count} days</source>
            <translation>yn ddyledus ymhen {count} diwrnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/dashboard.py" />
            <source>1 day overdue</source>
            <translation>1 diwrnod yn hwyr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/dashboard.py" />
            <source>{count} days overdue</source>
            <translation>{count} diwrnod yn hwyr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/dashboard.py" />
            <source>due today</source>
            <translation>yn ddyledus heddiw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/dashboard.py" />
            <source>due tomorrow</source>
            <translation>yn ddyledus yfory</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/dashboard.py" />
            <source>Today</source>
            <translation>Heddiw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/dashboard.py" />
            <source>Tomorrow</source>
            <translation>Yfory</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/dashboard.py" />
            <source>Yesterday</source>
            <translation>Ddoe</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/dashboard.py" />
            <source>Monday</source>
            <translation>Dydd Llun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/dashboard.py" />
            <source>Tuesday</source>
            <translation>Dydd Mawrth</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/dashboard.py" />
            <source>Wednesday</source>
            <translation>Dydd Mercher</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/dashboard.py" />
            <source>Thursday</source>
            <translation>Dydd Iau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/dashboard.py" />
            <source>Friday</source>
            <translation>Dydd Gwener</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/dashboard.py" />
            <source>Saturday</source>
            <translation>Dydd Sadwrn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/dashboard.py" />
            <source>Sunday</source>
            <translation>Dydd Sul</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Referrer</source>
            <translation>Atgyfeiriwr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Referrer's role</source>
            <translation>Rôl yr atgyfeiriwr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Referrer's team</source>
            <translation>Tîm yr atgyfeiriwr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Referrer's phone</source>
            <translation>Ffôn yr atgyfeiriwr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Referrer's email</source>
            <translation>E-bost yr atgyfeiriwr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Referral received on</source>
            <translation>Atgyfeiriad wedi'i dderbyn ar</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Reason for referral</source>
            <translation>Rheswm dros atgyfeirio</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Worries</source>
            <translation>Pryderon</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>What is working well</source>
            <translation>Beth sy'n gweithio'n dda</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Referrer agreed the bottom lines on</source>
            <translation>Cytunodd yr atgyfeiriwr ar y llinellau sylfaen ar</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Conference date</source>
            <translation>Dyddiad y gynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <location filename="../../fgc_desktop/domain/review.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Start time</source>
            <translation>Amser dechrau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Venue</source>
            <translation>Lleoliad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Venue access (step-free, hearing loop, parking…)</source>
            <translation>Mynediad i'r lleoliad (heb risiau, dolen sain, parcio…)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Food</source>
            <translation>Bwyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Childcare</source>
            <translation>Gofal plant</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Relationship to the child</source>
            <translation>Perthynas â'r plentyn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Date of birth</source>
            <translation>Dyddiad geni</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Pronouns</source>
            <translation>Rhagenwau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Lives now with / at</source>
            <translation>Yn byw nawr gyda / yn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Needs</source>
            <translation>Anghenion</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Address</source>
            <translation>Cyfeiriad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Preferred language</source>
            <translation>Dewis iaith</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Accessibility needs</source>
            <translation>Anghenion hygyrchedd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Why they take part this way</source>
            <translation>Pam maen nhw'n cymryd rhan fel hyn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Their worries</source>
            <translation>Eu pryderon</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Their hopes</source>
            <translation>Eu gobeithion</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Help they need to take part</source>
            <translation>Help sydd ei angen arnynt i gymryd rhan</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Wishes and feelings</source>
            <translation>Dymuniadau a theimladau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Who will read it out</source>
            <translation>Pwy fydd yn ei ddarllen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Contingency plan</source>
            <translation>Cynllun wrth gefn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Plan monitor</source>
            <translation>Monitor y cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <location filename="../../fgc_desktop/domain/review.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Review date</source>
            <translation>Dyddiad adolygu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Referrer's reasons</source>
            <translation>Rhesymau'r atgyfeiriwr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>How the plan meets this bottom line</source>
            <translation>Sut mae'r cynllun yn bodloni'r llinell sylfaen hon</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>What needs to happen</source>
            <translation>Beth sydd angen digwydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>The family's question</source>
            <translation>Cwestiwn y teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Asked by</source>
            <translation>Gofynnwyd gan</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Answer given</source>
            <translation>Ateb a roddwyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Answered by</source>
            <translation>Atebwyd gan</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>“{text}” is not a time; write it as 10:30</source>
            <translation>nid yw “{text}” yn amser; ysgrifennwch ef fel 10:30</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>“{text}” is not a real time of day</source>
            <translation>nid yw “{text}” yn amser go iawn o'r dydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>“{text}” is not a phone number; write it as 01234 567890</source>
            <translation>nid yw “{text}” yn rhif ffôn; ysgrifennwch ef fel 01234 567890</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>“{text}” is not an email address</source>
            <translation>nid yw “{text}” yn gyfeiriad e-bost</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <location filename="../../fgc_desktop/domain/passphrase.py" />
            <location filename="../../fgc_desktop/domain/validation.py" />
            <source>cannot be empty</source>
            <translation>ni all fod yn wag</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Contact details are confidential</source>
            <translation>Mae'r manylion cyswllt yn gyfrinachol</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Needs an interpreter</source>
            <translation>Angen cyfieithydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Interpreter booked</source>
            <translation>Cyfieithydd wedi'i drefnu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/fields.py" />
            <source>Has parental responsibility</source>
            <translation>Mae ganddynt gyfrifoldeb rhiant</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Not reviewed yet</source>
            <translation>Heb ei adolygu eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Done</source>
            <translation>Wedi'i wneud</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>In progress</source>
            <translation>Ar y gweill</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Not done</source>
            <translation>Heb ei wneud</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>No longer needed</source>
            <translation>Dim angen mwyach</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>Not decided yet</source>
            <translation>Heb benderfynu eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>The conference is closed</source>
            <translation>Mae'r gynhadledd wedi cau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>The plan was achieved</source>
            <translation>Cyflawnwyd y cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>The children are safe; no further plan is needed</source>
            <translation>Mae'r plant yn ddiogel; does dim angen cynllun pellach</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>The case moved to another service or area</source>
            <translation>Symudodd yr achos i wasanaeth neu ardal arall</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>The family withdrew</source>
            <translation>Tynnodd y teulu'n ôl</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Another reason (see the note)</source>
            <translation>Rheswm arall (gweler y nodyn)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Note on this action</source>
            <translation>Nodyn ar y cam gweithredu hwn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>The conference is closed, so no more reviews are held</source>
            <translation>Mae'r gynhadledd wedi cau, felly ni chynhelir rhagor o adolygiadau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Reviews look at an agreed plan: agree the plan, then move the conference on to Review</source>
            <translation>Mae adolygiadau'n edrych ar gynllun y cytunwyd arno: cytunwch ar y cynllun, yna symudwch y gynhadledd ymlaen i Adolygiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Agree the plan first; a review looks at an agreed plan</source>
            <translation>Cytunwch ar y cynllun yn gyntaf; mae adolygiad yn edrych ar gynllun y cytunwyd arno</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>The last review closed the conference</source>
            <translation>Caeodd yr adolygiad diwethaf y gynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Sign and agree the new version of the plan on the Plan page first; the next review looks at it</source>
            <translation>Llofnodwch a chytunwch ar y fersiwn newydd o'r cynllun ar dudalen y Cynllun yn gyntaf; mae'r adolygiad nesaf yn edrych arni</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>This review has already ended: {outcome}</source>
            <translation>Mae'r adolygiad hwn eisoes wedi dod i ben: {outcome}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>The conference is at {stage}, not Review</source>
            <translation>Mae'r gynhadledd ar y cam {stage}, nid Adolygiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Write the date the review was held</source>
            <translation>Ysgrifennu'r dyddiad y cynhaliwyd yr adolygiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Record who came to the review</source>
            <translation>Cofnodi pwy ddaeth i'r adolygiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Write the family's view of how the plan is going</source>
            <translation>Ysgrifennu barn y teulu am sut mae'r cynllun yn mynd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Write the professionals' view of how the plan is going</source>
            <translation>Ysgrifennu barn y gweithwyr proffesiynol am sut mae'r cynllun yn mynd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Choose why the conference is closing</source>
            <translation>Dewis pam mae'r gynhadledd yn cau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Say in the note why the conference is closing</source>
            <translation>Dweud yn y nodyn pam mae'r gynhadledd yn cau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>This review has not ended yet</source>
            <translation>Nid yw'r adolygiad hwn wedi dod i ben eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Only the latest review can be reopened; later reviews built on this one</source>
            <translation>Dim ond yr adolygiad diweddaraf y gellir ei ailagor; adeiladodd adolygiadau diweddarach ar yr un hwn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>A new version of the plan was started from this review; change it on the Plan page</source>
            <translation>Dechreuwyd fersiwn newydd o'r cynllun o'r adolygiad hwn; newidiwch hi ar dudalen y Cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>The conference is closed: go back to Review on the stage bar first</source>
            <translation>Mae'r gynhadledd wedi cau: ewch yn ôl i Adolygiad ar far y camau yn gyntaf</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Held on</source>
            <translation>Cynhaliwyd ar</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>The family's view</source>
            <translation>Barn y teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>The professionals' view</source>
            <translation>Barn y gweithwyr proffesiynol</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Finish the review of {date} first: choose how it ends</source>
            <translation>Gorffennwch adolygiad {date} yn gyntaf: dewiswch sut mae'n dod i ben</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Finish the review in progress first: choose how it ends</source>
            <translation>Gorffennwch yr adolygiad sydd ar y gweill yn gyntaf: dewiswch sut mae'n dod i ben</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>The review cannot have been held in the future; check the date held</source>
            <translation>Ni all yr adolygiad fod wedi'i gynnal yn y dyfodol; gwiriwch y dyddiad y'i cynhaliwyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Action {number}: say how it is going</source>
            <translation>Cam gweithredu {number}: dweud sut mae'n mynd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Action {number}: say in the note how it changed</source>
            <translation>Cam gweithredu {number}: dweud yn y nodyn sut y newidiodd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/review.py" />
            <source>Action {number} changed, so the plan does not continue unchanged: choose a new version, so the change is written into the plan and signed</source>
            <translation>Newidiodd cam gweithredu {number}, felly nid yw'r cynllun yn parhau heb newid: dewiswch fersiwn newydd, fel bod y newid yn cael ei ysgrifennu yn y cynllun a'i lofnodi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <location filename="../../fgc_desktop/domain/conference.py" />
            <source>Not recorded</source>
            <translation>Heb ei gofnodi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>Present</source>
            <translation>Yn bresennol</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>By phone or video</source>
            <translation>Dros y ffôn neu fideo</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>Sent their views</source>
            <translation>Anfonodd eu barn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>Absent</source>
            <translation>Absennol</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>Mother's side</source>
            <translation>Ochr y fam</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>Father's side</source>
            <translation>Ochr y tad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>Both sides</source>
            <translation>Y ddwy ochr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>Friends, community and services</source>
            <translation>Ffrindiau, cymuned a gwasanaethau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <location filename="../../fgc_desktop/domain/conference.py" />
            <source>In person</source>
            <translation>Wyneb yn wyneb</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>By video</source>
            <translation>Drwy fideo</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>Views in writing</source>
            <translation>Barn yn ysgrifenedig</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>Not invited</source>
            <translation>Heb ei wahodd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Child</source>
            <translation>Plentyn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>Parent</source>
            <translation>Rhiant</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>Carer</source>
            <translation>Gofalwr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>Grandparent</source>
            <translation>Nain/Taid</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>Aunt/uncle</source>
            <translation>Modryb/ewythr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>Sibling</source>
            <translation>Brawd/chwaer</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>Friend</source>
            <translation>Ffrind</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>Community</source>
            <translation>Cymuned</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/network.py" />
            <source>Professional</source>
            <translation>Gweithiwr proffesiynol</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/conference.py" />
            <source>In writing</source>
            <translation>Yn ysgrifenedig</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/preparation.py" />
            <source>Not gathered yet</source>
            <translation>Heb ei gasglu eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/preparation.py" />
            <source>Through their advocate</source>
            <translation>Drwy eu heiriolwr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/preparation.py" />
            <source>The child wrote it</source>
            <translation>Ysgrifennodd y plentyn ef</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/preparation.py" />
            <source>A drawing (described)</source>
            <translation>Llun (wedi'i ddisgrifio)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/preparation.py" />
            <source>A recording (described)</source>
            <translation>Recordiad (wedi'i ddisgrifio)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/preparation.py" />
            <source>Talking with the coordinator</source>
            <translation>Siarad gyda'r cydlynydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/preparation.py" />
            <location filename="../../fgc_desktop/domain/plan.py" />
            <source>By post</source>
            <translation>Drwy'r post</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/preparation.py" />
            <source>By hand</source>
            <translation>Â llaw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/preparation.py" />
            <location filename="../../fgc_desktop/domain/plan.py" />
            <source>By email</source>
            <translation>Drwy e-bost</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/plan.py" />
            <source>Agreed</source>
            <translation>Wedi'i gytuno</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/plan.py" />
            <source>Not yet decided</source>
            <translation>Heb benderfynu eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/plan.py" />
            <source>Not agreed</source>
            <translation>Heb ei gytuno</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/plan.py" />
            <source>More family time needed</source>
            <translation>Angen mwy o amser teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/plan.py" />
            <source>Signed on screen</source>
            <translation>Wedi'i lofnodi ar y sgrin</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/plan.py" />
            <source>Given in person</source>
            <translation>Wedi'i roi wyneb yn wyneb</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/plan_comparison.py" />
            <source>No change</source>
            <translation>Dim newid</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/backup_rotation.py" />
            <source>Regular backup</source>
            <translation>Copi wrth gefn rheolaidd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/backup_rotation.py" />
            <source>Before an app update changed the file</source>
            <translation>Cyn i ddiweddariad i'r ap newid y ffeil</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/backup_rotation.py" />
            <source>The caseload as it was before a restore</source>
            <translation>Y llwyth achosion fel yr oedd cyn adfer</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/backup_rotation.py" />
            <source>Before the caseload was protected with a passphrase</source>
            <translation>Cyn i'r llwyth achosion gael ei ddiogelu â chyfrinymadrodd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/backup_rotation.py" />
            <source>Before the caseload's passphrase was removed</source>
            <translation>Cyn i gyfrinymadrodd y llwyth achosion gael ei dynnu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/coordinator.py" />
            <location filename="../../fgc_desktop/services/plan_signing.py" />
            <source>Your name</source>
            <translation>Eich enw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/coordinator.py" />
            <source>Your phone</source>
            <translation>Eich ffôn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/coordinator.py" />
            <source>Your email</source>
            <translation>Eich e-bost</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/coordinator.py" />
            <source>Your service</source>
            <translation>Eich gwasanaeth</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>The family withdrew their consent on {date}. The conference cannot move on unless they consent again.</source>
            <translation>Tynnodd y teulu eu cydsyniad yn ôl ar {date}. Ni all y gynhadledd symud ymlaen oni bai eu bod yn cydsynio eto.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>The family withdrew their consent on {date}: {reason}. The conference cannot move on unless they consent again.</source>
            <translation>Tynnodd y teulu eu cydsyniad yn ôl ar {date}: {reason}. Ni all y gynhadledd symud ymlaen oni bai eu bod yn cydsynio eto.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Write the family's answer to: {question}</source>
            <translation>Ysgrifennu ateb y teulu i: {question}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Say how the plan meets the bottom line: {line}</source>
            <translation>Dweud sut mae'r cynllun yn bodloni'r llinell sylfaen: {line}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Decide how {name} will take part</source>
            <translation>Penderfynu sut y bydd {name} yn cymryd rhan</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Visit or call {name}</source>
            <translation>Ymweld â {name} neu ffonio</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Send {name} their invitation</source>
            <translation>Anfon ei wahoddiad at {name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Agree the plan</source>
            <translation>Cytuno ar y cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>The review held on {date} has not ended: choose how it ends on the Review page (closing the conference is one of the choices)</source>
            <translation>Nid yw'r adolygiad a gynhaliwyd ar {date} wedi dod i ben: dewiswch sut mae'n dod i ben ar dudalen yr Adolygiad (mae cau'r gynhadledd yn un o'r dewisiadau)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Write the contingency plan: what happens if the plan does not work</source>
            <translation>Ysgrifennu'r cynllun wrth gefn: beth sy'n digwydd os nad yw'r cynllun yn gweithio</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Name the plan monitor from the family</source>
            <translation>Enwi monitor y cynllun o blith y teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Write the referrer's reasons for not agreeing the plan</source>
            <translation>Ysgrifennu rhesymau'r atgyfeiriwr dros beidio â chytuno ar y cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Record the referrer's decision as agreed</source>
            <translation>Cofnodi penderfyniad yr atgyfeiriwr fel cytundeb</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Set the review date</source>
            <translation>Pennu dyddiad yr adolygiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Set a review date after this review</source>
            <translation>Pennu dyddiad adolygu ar ôl yr adolygiad hwn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Set a review date after the conference</source>
            <translation>Pennu dyddiad adolygu ar ôl y gynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Add at least one action with who and by when</source>
            <translation>Ychwanegu o leiaf un cam gweithredu gyda phwy ac erbyn pryd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Name the referrer</source>
            <translation>Enwi'r atgyfeiriwr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Write the reason for referral</source>
            <translation>Ysgrifennu'r rheswm dros atgyfeirio</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Add the child or children the conference is about</source>
            <translation>Ychwanegu'r plentyn neu'r plant y mae'r gynhadledd yn ymwneud â nhw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Record the family's consent (who gave it and when)</source>
            <translation>Cofnodi cydsyniad y teulu (pwy a'i rhoddodd a phryd)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>{name} does not have parental responsibility; record consent from someone who does</source>
            <translation>Does gan {name} ddim cyfrifoldeb rhiant; cofnodwch gydsyniad gan rywun sydd â hynny</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Add at least one member of the family network</source>
            <translation>Ychwanegu o leiaf un aelod o rwydwaith y teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Book an interpreter for {name} ({language})</source>
            <translation>Trefnu cyfieithydd ar gyfer {name} ({language})</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Book an interpreter for {name}</source>
            <translation>Trefnu cyfieithydd ar gyfer {name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Write the bottom lines with the referrer</source>
            <translation>Ysgrifennu'r llinellau sylfaen gyda'r atgyfeiriwr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Record that the referrer agreed the bottom lines</source>
            <translation>Cofnodi bod yr atgyfeiriwr wedi cytuno ar y llinellau sylfaen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Set the conference date</source>
            <translation>Pennu dyddiad y gynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Set the start time</source>
            <translation>Pennu'r amser dechrau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Book the venue</source>
            <translation>Trefnu'r lleoliad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Record who is at the conference</source>
            <translation>Cofnodi pwy sydd yn y gynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Write down at least one action from the family's plan</source>
            <translation>Nodi o leiaf un cam gweithredu o gynllun y teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>The conference is closed.</source>
            <translation>Mae'r gynhadledd wedi cau.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Record how {name} agreed: signed, by phone, on paper or declined</source>
            <translation>Cofnodi sut y cytunodd {name}: llofnodi, dros y ffôn, ar bapur neu wrthod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Gather {name}'s wishes and feelings</source>
            <translation>Casglu dymuniadau a theimladau {name}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Say why the conference is closing</source>
            <translation>Dweud pam mae'r gynhadledd yn cau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Referral is the first stage; there is nowhere to go back to</source>
            <translation>Atgyfeiriad yw'r cam cyntaf; does unman i fynd yn ôl iddo</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Say why the conference is going back a stage</source>
            <translation>Dywedwch pam mae'r gynhadledd yn mynd yn ôl cam</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>{name} signed an earlier wording of the plan: sign again</source>
            <translation>Llofnododd {name} eiriad cynharach o'r cynllun: llofnodi eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Action {number}: say what</source>
            <translation>Cam gweithredu {number}: dweud beth</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Action {number}: say who</source>
            <translation>Cam gweithredu {number}: dweud pwy</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Action {number}: say by when</source>
            <translation>Cam gweithredu {number}: dweud erbyn pryd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Action {number}: say what and who</source>
            <translation>Cam gweithredu {number}: dweud beth a phwy</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Action {number}: say what and by when</source>
            <translation>Cam gweithredu {number}: dweud beth ac erbyn pryd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Action {number}: say who and by when</source>
            <translation>Cam gweithredu {number}: dweud pwy ac erbyn pryd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/progress.py" />
            <source>Action {number}: say what and who and by when</source>
            <translation>Cam gweithredu {number}: dweud beth, pwy ac erbyn pryd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/safety.py" />
            <source>{first} and {second} must not attend together, but both are invited in person. Invite one by phone, video or views in writing, or hold separate sessions.</source>
            <translation>Ni ddylai {first} a {second} fod yn bresennol gyda'i gilydd, ond mae'r ddau wedi'u gwahodd wyneb yn wyneb. Gwahoddwch un dros y ffôn, drwy fideo neu i anfon barn yn ysgrifenedig, neu cynhaliwch sesiynau ar wahân.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>January</source>
            <translation>Ionawr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>February</source>
            <translation>Chwefror</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>March</source>
            <translation>Mawrth</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>April</source>
            <translation>Ebrill</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>June</source>
            <translation>Mehefin</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>July</source>
            <translation>Gorffennaf</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>August</source>
            <translation>Awst</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>September</source>
            <translation>Medi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>October</source>
            <translation>Hydref</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>November</source>
            <translation>Tachwedd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>December</source>
            <translation>Rhagfyr</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>This month so far</source>
            <translation>Y mis hwn hyd yma</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>Last quarter</source>
            <translation>Y chwarter diwethaf</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>Last 12 whole months</source>
            <translation>Y 12 mis cyfan diwethaf</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>This financial year so far (April to March)</source>
            <translation>Y flwyddyn ariannol hon hyd yma (Ebrill i Fawrth)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>{day} {month} {year}</source>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>of {count:,} {what}{share}</source>
            <translation>o {count:,} {what}{share}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>in spans of {count} years</source>
            <translation>fesul {count} blynedd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>cannot be empty; write a date such as 2026-04-01</source>
            <translation>ni all fod yn wag; ysgrifennwch ddyddiad fel 2026-04-01</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>cannot be empty; write a date such as 2027-03-31</source>
            <translation>ni all fod yn wag; ysgrifennwch ddyddiad fel 2027-03-31</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>Referrals received</source>
            <translation>Atgyfeiriadau a dderbyniwyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>Referrals with a received date in the period.</source>
            <translation>Atgyfeiriadau â dyddiad derbyn yn y cyfnod.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>Conferences held</source>
            <translation>Cynadleddau a gynhaliwyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>Conferences whose date is in the period and whose day has begun (information sharing or a later stage).</source>
            <translation>Cynadleddau y mae eu dyddiad yn y cyfnod ac y mae eu diwrnod wedi dechrau (rhannu gwybodaeth neu gam diweddarach).</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>Plans agreed on the day</source>
            <translation>Cynlluniau y cytunwyd arnynt ar y diwrnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>Conferences held whose first plan version was agreed on the conference date.</source>
            <translation>Cynadleddau a gynhaliwyd lle cytunwyd ar fersiwn gyntaf y cynllun ar ddyddiad y gynhadledd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>Reviews held on time</source>
            <translation>Adolygiadau a gynhaliwyd mewn pryd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>Reviews held in the period on or before the review date of the plan reviewed.</source>
            <translation>Adolygiadau a gynhaliwyd yn y cyfnod ar ddyddiad adolygu'r cynllun a adolygwyd neu cyn hynny.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>reviews held</source>
            <translation>adolygiadau a gynhaliwyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>Actions completed</source>
            <translation>Camau gweithredu a gwblhawyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>Plan actions marked done at a review held in the period.</source>
            <translation>Camau gweithredu'r cynllun a farciwyd fel wedi'u gwneud mewn adolygiad a gynhaliwyd yn y cyfnod.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>actions reviewed</source>
            <translation>camau gweithredu a adolygwyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>Average days from referral to conference</source>
            <translation>Cyfartaledd y dyddiau o'r atgyfeiriad i'r gynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>days</source>
            <translation>diwrnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>Referrals received {unit}</source>
            <translation>Atgyfeiriadau a dderbyniwyd {unit}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>Conferences held {unit}</source>
            <translation>Cynadleddau a gynhaliwyd {unit}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>{end} is before the start, {start}; the period must end on or after the day it starts</source>
            <translation>mae {end} cyn y dechrau, {start}; rhaid i'r cyfnod ddod i ben ar y diwrnod y mae'n dechrau neu ar ôl hynny</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>None: no conference held in the period has a referral date on or before its conference date.</source>
            <translation>Dim: does gan yr un gynhadledd a gynhaliwyd yn y cyfnod ddyddiad atgyfeirio ar ddyddiad y gynhadledd neu cyn hynny.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>Over 1 conference held in the period with a referral date on or before the conference date.</source>
            <translation>Dros 1 gynhadledd a gynhaliwyd yn y cyfnod gyda dyddiad atgyfeirio ar ddyddiad y gynhadledd neu cyn hynny.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>Over {count:,} conferences held in the period with a referral date on or before the conference date.</source>
            <translation>Dros {count:,} cynhadledd a gynhaliwyd yn y cyfnod gyda dyddiad atgyfeirio ar ddyddiad y gynhadledd neu cyn hynny.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>by month</source>
            <translation>fesul mis</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>by quarter</source>
            <translation>fesul chwarter</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/statistics.py" />
            <source>by year</source>
            <translation>fesul blwyddyn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/passphrase.py" />
            <source>Strong. Write it down somewhere safe: it cannot be recovered.</source>
            <translation>Cryf. Ysgrifennwch ef yn rhywle diogel: ni ellir ei adfer.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/passphrase.py" />
            <source>the two boxes do not match; type it again in both</source>
            <translation>nid yw'r ddau flwch yr un fath; teipiwch ef eto yn y ddau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/passphrase.py" />
            <source>cannot hold tabs, line breaks or other control characters</source>
            <translation>ni all gynnwys tabiau, toriadau llinell na nodau rheoli eraill</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/passphrase.py" />
            <source>starts or ends with a space, which is easy to forget; remove it</source>
            <translation>mae'n dechrau neu'n gorffen gyda bwlch, sy'n hawdd ei anghofio; tynnwch ef</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/passphrase.py" />
            <source>needs at least {least} characters; a few unrelated words are easiest to remember</source>
            <translation>mae angen o leiaf {least} nod; ychydig eiriau digyswllt yw'r hawsaf i'w cofio</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/passphrase.py" />
            <source>is {length:,} characters long; the most it can be is {most:,}</source>
            <translation>mae'n {length:,} nod o hyd; yr hiraf y gall fod yw {most:,}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/passphrase.py" />
            <source>Too short: use at least {count} characters.</source>
            <translation>Rhy fyr: defnyddiwch o leiaf {count} nod.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/passphrase.py" />
            <source>Easy to guess: it is built on a common password, a run of keys or one repeated character.</source>
            <translation>Hawdd ei ddyfalu: mae wedi'i seilio ar gyfrinair cyffredin, rhes o fysellau neu un nod wedi'i ailadrodd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/passphrase.py" />
            <source>Weak: add more words, or make it longer. Four unrelated words work well.</source>
            <translation>Gwan: ychwanegwch fwy o eiriau, neu ei wneud yn hirach. Mae pedwar gair digyswllt yn gweithio'n dda.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/passphrase.py" />
            <source>Fair: one or two more words would make it strong.</source>
            <translation>Gweddol: byddai un neu ddau air arall yn ei wneud yn gryf.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>(empty)</source>
            <translation>(gwag)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>{verb} {labels}</source>
            <translation>{verb} {labels}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>{first} and {second}</source>
            <translation>{first} a {second}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Included in a subject access export</source>
            <translation>Wedi'i gynnwys mewn allforyn mynediad at wybodaeth</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Started the conference</source>
            <translation>Wedi dechrau'r gynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>{verb}: {fields}</source>
            <translation>{verb}: {fields}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>{verb} {label}: {before} → {after}</source>
            <translation>{verb} {label}: {before} → {after}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>{first} → {second}</source>
            <translation>{first} → {second}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Yes</source>
            <translation>Ie</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>No</source>
            <translation>Na</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>A signature drawn on screen</source>
            <translation>Llofnod wedi'i lunio ar y sgrin</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Moved {title}</source>
            <translation>Wedi symud {title}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Moved to another stage</source>
            <translation>Wedi symud i gam arall</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>{verb} “{title}”</source>
            <translation>{verb} “{title}”</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>version {version}</source>
            <translation>fersiwn {version}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Network person</source>
            <translation>Person yn y rhwydwaith</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Stage move</source>
            <translation>Symud cam</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Plan action</source>
            <translation>Cam gweithredu yn y cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <location filename="../../fgc_desktop/services/plan_agreement.py" />
            <source>Signature</source>
            <translation>Llofnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Family's answer</source>
            <translation>Ateb y teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>How a bottom line is met</source>
            <translation>Sut y bodlonir llinell sylfaen</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Plan distribution</source>
            <translation>Dosbarthu'r cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Copy of the plan given</source>
            <translation>Copi o'r cynllun a roddwyd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Preparation visit</source>
            <translation>Ymweliad paratoi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <location filename="../../fgc_desktop/services/preparation.py" />
            <source>Child's voice</source>
            <translation>Llais y plentyn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <location filename="../../fgc_desktop/services/preparation.py" />
            <source>Invitation</source>
            <translation>Gwahoddiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Relationship to a child</source>
            <translation>Perthynas â phlentyn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Professional's information</source>
            <translation>Gwybodaeth gweithiwr proffesiynol</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Family's question</source>
            <translation>Cwestiwn y teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Record of the agreed plan</source>
            <translation>Cofnod o'r cynllun y cytunwyd arno</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Fingerprint of an agreed PDF</source>
            <translation>Ôl bys PDF y cytunwyd arno</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Invited to a review</source>
            <translation>Wedi'i wahodd i adolygiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Progress of an action</source>
            <translation>Cynnydd cam gweithredu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Setting</source>
            <translation>Gosodiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Moved at</source>
            <translation>Symudwyd am</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>How they take part</source>
            <translation>Sut maen nhw'n cymryd rhan</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Attendance</source>
            <translation>Presenoldeb</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Agreed in</source>
            <translation>Cytunwyd yn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Consent given by (from the network)</source>
            <translation>Cydsyniad wedi'i roi gan (o'r rhwydwaith)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Agreed at</source>
            <translation>Cytunwyd am</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>SHA-256 fingerprint</source>
            <translation>Ôl bys SHA-256</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Fingerprint of the wording</source>
            <translation>Ôl bys y geiriad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Agreed wording</source>
            <translation>Geiriad y cytunwyd arno</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Agreed PDF</source>
            <translation>PDF y cytunwyd arno</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>How</source>
            <translation>Sut</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Signed at</source>
            <translation>Llofnodwyd am</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Drawn signature</source>
            <translation>Llofnod wedi'i lunio</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Question</source>
            <translation>Cwestiwn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <location filename="../../fgc_desktop/services/preparation.py" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <location filename="../../fgc_desktop/services/preparation.py" />
            <source>Sent on</source>
            <translation>Anfonwyd ar</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Started at</source>
            <translation>Dechreuwyd am</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Ended at</source>
            <translation>Daeth i ben am</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Outcome</source>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Why it was closed</source>
            <translation>Pam y cafodd ei gau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>About the closing</source>
            <translation>Ynghylch y cau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>New plan version</source>
            <translation>Fersiwn newydd o'r cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <location filename="../../fgc_desktop/services/review.py" />
            <source>Action</source>
            <translation>Cam gweithredu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Value</source>
            <translation>Gwerth</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Records</source>
            <translation>Cofnodion</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Earlier history entries removed</source>
            <translation>Cofnodion hanes cynharach wedi'u tynnu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Retention period (years)</source>
            <translation>Cyfnod cadw (blynyddoedd)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Exported as</source>
            <translation>Allforiwyd fel</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Deleted under the retention rule</source>
            <translation>Wedi'i ddileu o dan y rheol cadw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Anonymised under the retention rule</source>
            <translation>Wedi'i wneud yn ddienw o dan y rheol cadw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/audit_wording.py" />
            <source>Exported for a subject access request</source>
            <translation>Wedi allforio ar gyfer cais gwrthrych am wybodaeth</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/plan_fingerprint.py" />
            <source>type or scan the text of the QR code, e.g. {example}</source>
            <translation>teipiwch neu sganiwch destun y cod QR, e.e. {example}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/plan_fingerprint.py" />
            <source>is {length:,} characters long; a plan's QR code holds about 40</source>
            <translation>mae'n {length:,} nod o hyd; mae cod QR cynllun yn dal tua 40</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/plan_fingerprint.py" />
            <source>should have a reference, a version and a hash: {example}</source>
            <translation>dylai gynnwys cyfeirnod, fersiwn a stwnsh: {example}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/plan_fingerprint.py" />
            <source>“{version_word}” is not a plan version; it should look like v1 ({example})</source>
            <translation>nid yw “{version_word}” yn fersiwn o gynllun; dylai edrych fel v1 ({example})</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/plan_fingerprint.py" />
            <source>“{tail}” is not a plan's hash; it should look like sha256:9f2c4e1a0b7d3c55</source>
            <translation>nid yw “{tail}” yn stwnsh cynllun; dylai edrych fel sha256:9f2c4e1a0b7d3c55</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/plan_fingerprint.py" />
            <source>the hash has {length} characters; a plan's QR code prints 16 (at least {least} are needed)</source>
            <translation>mae gan y stwnsh {length} nod; mae cod QR cynllun yn argraffu 16 (mae angen o leiaf {least})</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/retention.py" />
            <source>Keep closed conferences for</source>
            <translation>Cadw cynadleddau sydd wedi cau am</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/retention.py" />
            <source>must be a whole number of years</source>
            <translation>rhaid iddo fod yn nifer cyfan o flynyddoedd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/retention.py" />
            <source>“{text}” is not a whole number of years</source>
            <translation>nid yw “{text}” yn nifer cyfan o flynyddoedd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/retention.py" />
            <source>must be between {least} and {most} years, not {years}</source>
            <translation>rhaid iddo fod rhwng {least} a {most} o flynyddoedd, nid {years}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/validation.py" />
            <source>must be text</source>
            <translation>rhaid iddo fod yn destun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/validation.py" />
            <source>is {length:,} characters long; the most it can hold is {limit:,}</source>
            <translation>mae'n {length:,} nod o hyd; y mwyaf y gall ei ddal yw {limit:,}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/validation.py" />
            <source>must be a date such as 2026-03-31</source>
            <translation>rhaid iddo fod yn ddyddiad fel 2026-03-31</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/validation.py" />
            <source>“{text}” is outside {year}–{year2}; check the year</source>
            <translation>mae “{text}” y tu allan i {year}–{year2}; gwiriwch y flwyddyn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/validation.py" />
            <source>“{text}” is not a date; write it as 2026-03-31</source>
            <translation>nid yw “{text}” yn ddyddiad; ysgrifennwch ef fel 2026-03-31</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/validation.py" />
            <source>“{text}” is not a real date</source>
            <translation>nid yw “{text}” yn ddyddiad go iawn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/backups.py" />
            <source>{path} is damaged ({problem}). Nothing more will be saved to it; restore it from a backup.</source>
            <translation>Mae {path} wedi'i ddifrodi ({problem}). Ni fydd dim mwy yn cael ei gadw ynddo; adferwch ef o gopi wrth gefn.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/backups.py" />
            <source>There is no store at {store_path}.</source>
            <translation>Does dim storfa yn {store_path}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/backups.py" />
            <source>{out} already exists; choose a new file name.</source>
            <translation>Mae {out} yn bodoli eisoes; dewiswch enw ffeil newydd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/backups.py" />
            <source>The folder {parent} does not exist.</source>
            <translation>Nid yw'r ffolder {parent} yn bodoli.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/backups.py" />
            <source>The restored store did not pass its check: {summary}.</source>
            <translation>Ni lwyddodd y storfa a adferwyd yn ei gwiriad: {summary}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/backups.py" />
            <source>It is protected by a different passphrase.</source>
            <translation>Mae wedi'i ddiogelu â chyfrinymadrodd gwahanol.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/conference_day.py" />
            <source>Information</source>
            <translation>Gwybodaeth</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/conference_day.py" />
            <source>choose a professional or advocate in the network</source>
            <translation>dewiswch weithiwr proffesiynol neu eiriolwr yn y rhwydwaith</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/conference_day.py" />
            <source>Family time is already running</source>
            <translation>Mae amser teulu eisoes wedi dechrau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/conference_day.py" />
            <source>Family time is not running</source>
            <translation>Nid yw amser teulu wedi dechrau</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{where}: {problem}.</source>
            <translation>{where}: {problem}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{where}.progress[{index}].action_id: the reviewed plan has no action {id}.</source>
            <translation>{where}.progress[{index}].action_id: does dim cam gweithredu {id} yn y cynllun a adolygwyd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>No conference with reference {reference} in this store.</source>
            <translation>Does dim cynhadledd â'r cyfeirnod {reference} yn y storfa hon.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>Conference {reference} is already in this store; nothing was imported, so nothing there was overwritten.</source>
            <translation>Mae cynhadledd {reference} yn y storfa hon eisoes; ni fewnforiwyd dim, felly ni ysgrifennwyd dros ddim sydd yno.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>conference.reference: {reference} is already used by another conference in this store; nothing was imported.</source>
            <translation>conference.reference: mae {reference} eisoes yn cael ei ddefnyddio gan gynhadledd arall yn y storfa hon; ni fewnforiwyd dim.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{where}: this id is already used in this store; nothing was imported.</source>
            <translation>{where}: mae'r dynodydd hwn eisoes yn cael ei ddefnyddio yn y storfa hon; ni fewnforiwyd dim.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>conference.reference: “{reference}” is not a reference like FGC-2026-0042.</source>
            <translation>conference.reference: nid yw “{reference}” yn gyfeirnod fel FGC-2026-0042.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>The file must hold a JSON object; this is not a conference file.</source>
            <translation>Rhaid i'r ffeil gynnwys gwrthrych JSON; nid ffeil cynhadledd yw hon.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>format: must be “{format}”; this is not a conference file.</source>
            <translation>format: rhaid iddo fod yn “{format}”; nid ffeil cynhadledd yw hon.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{where}: must be an object.</source>
            <translation>{where}: rhaid iddo fod yn wrthrych.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{where}: must be a number.</source>
            <translation>{where}: rhaid iddo fod yn rhif.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{where}: must be true or false.</source>
            <translation>{where}: rhaid iddo fod yn true neu false.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{where}: must be a whole number from 1 up.</source>
            <translation>{where}: rhaid iddo fod yn rhif cyfan o 1 i fyny.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{where}: must be a list.</source>
            <translation>{where}: rhaid iddo fod yn rhestr.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{where}: must hold {count} values.</source>
            <translation>{where}: rhaid iddo ddal {count} gwerth.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{where}: cannot be empty.</source>
            <translation>{where}: ni all fod yn wag.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>conference: the same id is used for two records.</source>
            <translation>conference: mae'r un dynodydd yn cael ei ddefnyddio ar gyfer dau gofnod.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>conference.plans: two plans have the same version number.</source>
            <translation>conference.plans: mae gan ddau gynllun yr un rhif fersiwn.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{where}.plan_id: no plan has the id {id}.</source>
            <translation>{where}.plan_id: does dim cynllun â'r dynodydd {id}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{where}.new_plan_id: no plan in conference.plans has the id {id}.</source>
            <translation>{where}.new_plan_id: does dim cynllun yn conference.plans â'r dynodydd {id}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{where}.invitees: the same person is invited twice.</source>
            <translation>{where}.invitees: mae'r un person wedi'i wahodd ddwywaith.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <location filename="../../fgc_desktop/services/plan_signing.py" />
            <source>{path} could not be written: {strerror}.</source>
            <translation>Nid oedd modd ysgrifennu {path}: {strerror}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{path} is larger than {mb} MB.</source>
            <translation>Mae {path} yn fwy na {mb} MB.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{path} does not exist.</source>
            <translation>Nid yw {path} yn bodoli.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{path} is not a UTF-8 text file.</source>
            <translation>Nid yw {path} yn ffeil testun UTF-8.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <location filename="../../fgc_desktop/store/connection.py" />
            <source>{path} cannot be read: {strerror}.</source>
            <translation>Nid oes modd darllen {path}: {strerror}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{path} is not valid JSON (line {line}, column {column}: {reason}).</source>
            <translation>Nid yw {path} yn JSON dilys (llinell {line}, colofn {column}: {reason}).</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>schema_version: must be {expected}, not {version!r} (written by a newer version of FGC Desktop).</source>
            <translation>schema_version: rhaid iddo fod yn {expected}, nid {version!r} (wedi'i ysgrifennu gan fersiwn mwy newydd o FGC Desktop).</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>schema_version: must be {expected}, not {version!r}.</source>
            <translation>schema_version: rhaid iddo fod yn {expected}, nid {version!r}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{where}: “{value}” is not one of: {allowed}.</source>
            <translation>{where}: nid yw “{value}” yn un o: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{where}.content_hash: does not match the plan's content; the agreed plan was changed after it was agreed.</source>
            <translation>{where}.content_hash: nid yw'n cyfateb i gynnwys y cynllun; newidiwyd y cynllun y cytunwyd arno ar ôl cytuno arno.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{where}.{key}: an agreed plan must carry its PDF, base64-encoded.</source>
            <translation>{where}.{key}: rhaid i gynllun y cytunwyd arno gario ei PDF, wedi'i amgodio mewn base64.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{where}: no one in conference.people has the id {id}.</source>
            <translation>{where}: does neb yn conference.people â'r dynodydd {id}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{where}.plan_id: a review looks at an agreed plan version.</source>
            <translation>{where}.plan_id: mae adolygiad yn edrych ar fersiwn o'r cynllun y cytunwyd arni.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/exchange.py" />
            <source>{where}: is missing.</source>
            <translation>{where}: mae ar goll.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/history.py" />
            <source>someone no longer recorded</source>
            <translation>rhywun nad yw wedi'i gofnodi mwyach</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/invitations.py" />
            <source>That review is no longer in the store.</source>
            <translation>Nid yw'r adolygiad hwnnw yn y storfa mwyach.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/network.py" />
            <source>Remove person</source>
            <translation>Tynnu person</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/network.py" />
            <source>{name} signed an agreed plan, so they stay on record</source>
            <translation>llofnododd {name} gynllun y cytunwyd arno, felly maen nhw'n aros ar gofnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/network.py" />
            <source>choose someone in the network and one of the children</source>
            <translation>dewiswch rywun yn y rhwydwaith ac un o'r plant</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_agreement.py" />
            <location filename="../../fgc_desktop/services/plan_copies.py" />
            <location filename="../../fgc_desktop/services/review.py" />
            <source>that person is no longer in the network</source>
            <translation>nid yw'r person hwnnw yn y rhwydwaith mwyach</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_agreement.py" />
            <source>say why {name} declined to sign, in their words</source>
            <translation>dywedwch pam y gwrthododd {name} lofnodi, yn eu geiriau eu hunain</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_agreement.py" />
            <source>the signature is empty; sign in the box, then save</source>
            <translation>mae'r llofnod yn wag; llofnodwch yn y blwch, yna cadwch</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_agreement.py" />
            <source>the signature is too detailed; clear it and sign again</source>
            <translation>mae'r llofnod yn rhy fanwl; cliriwch ef a llofnodwch eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_agreement.py" />
            <source>that bottom line is no longer in the referral</source>
            <translation>nid yw'r llinell sylfaen honno yn yr atgyfeiriad mwyach</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_agreement.py" />
            <source>The plan changed while it was being prepared; agree it again</source>
            <translation>Newidiodd y cynllun tra oedd yn cael ei baratoi; cytunwch arno eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_agreement.py" />
            <source>Version {version} is agreed and locked; start a new version to change it</source>
            <translation>Mae fersiwn {version} wedi'i chytuno a'i chloi; dechreuwch fersiwn newydd i'w newid</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_agreement.py" />
            <source>Only an agreed plan needs a new version; change the draft instead</source>
            <translation>Dim ond cynllun y cytunwyd arno sydd angen fersiwn newydd; newidiwch y drafft yn lle hynny</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_copies.py" />
            <source>Distribution</source>
            <translation>Dosbarthu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_copies.py" />
            <source>Copy</source>
            <translation>Copi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_copies.py" />
            <source>someone chosen is no longer in the network</source>
            <translation>nid yw rhywun a ddewiswyd yn y rhwydwaith mwyach</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_copies.py" />
            <source>there is no plan yet</source>
            <translation>does dim cynllun eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_signing.py" />
            <source>use at least {least} characters (a few words is best)</source>
            <translation>defnyddiwch o leiaf {least} nod (ychydig eiriau sydd orau)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_signing.py" />
            <source>use at most {most} characters</source>
            <translation>defnyddiwch {most} nod ar y mwyaf</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_signing.py" />
            <source>the two passphrases differ; type it again</source>
            <translation>mae'r ddau gyfrinymadrodd yn wahanol; teipiwch ef eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_signing.py" />
            <source>add your name first; the certificate carries it</source>
            <translation>ychwanegwch eich enw yn gyntaf; mae'r dystysgrif yn ei gynnwys</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_signing.py" />
            <source>There is already a signing certificate at {path}. Open it with its passphrase, or move it away first.</source>
            <translation>Mae tystysgrif llofnodi yn {path} eisoes. Agorwch hi gyda'i chyfrinymadrodd, neu symudwch hi o'r ffordd yn gyntaf.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_signing.py" />
            <source>{name} is too big to be a certificate file.</source>
            <translation>Mae {name} yn rhy fawr i fod yn ffeil tystysgrif.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_signing.py" />
            <source>{source} could not be read: {strerror}.</source>
            <translation>Nid oedd modd darllen {source}: {strerror}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_signing.py" />
            <source>There is no signing certificate at {path}. Create or import one.</source>
            <translation>Does dim tystysgrif llofnodi yn {path}. Crëwch neu mewnforiwch un.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_signing.py" />
            <source>{path} could not be read: {strerror}.</source>
            <translation>Nid oedd modd darllen {path}: {strerror}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_verification.py" />
            <source>{reference} has no version {version}</source>
            <translation>does dim fersiwn {version} gan {reference}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_verification.py" />
            <source>version {version} of {reference} is not agreed</source>
            <translation>nid oes cytundeb ar fersiwn {version} o {reference}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_versions.py" />
            <source>{reference} has no plan version {number}; its versions are {there}</source>
            <translation>does dim fersiwn {number} o'r cynllun gan {reference}; ei fersiynau yw {there}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/plan_versions.py" />
            <source>{reference} has no plan version {number}; it has no plan yet</source>
            <translation>does dim fersiwn {number} o'r cynllun gan {reference}; does dim cynllun ganddo eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/preparation.py" />
            <source>choose two different people</source>
            <translation>dewiswch ddau berson gwahanol</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/preparation.py" />
            <source>these two are already recorded</source>
            <translation>mae'r ddau hyn wedi'u cofnodi eisoes</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/preparation.py" />
            <source>{name} is not invited; decide how they will take part first</source>
            <translation>nid yw {name} wedi cael gwahoddiad; penderfynwch yn gyntaf sut y byddant yn cymryd rhan</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/preparation.py" />
            <source>{name} is not one of the children</source>
            <translation>nid yw {name} yn un o'r plant</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/preparation.py" />
            <source>that person is no longer in this conference's network</source>
            <translation>nid yw'r person hwnnw yn rhwydwaith y gynhadledd hon mwyach</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/protection.py" />
            <source>Lock after</source>
            <translation>Cloi ar ôl</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/protection.py" />
            <source>That passphrase does not open {path}.</source>
            <translation>Nid yw'r cyfrinymadrodd hwnnw'n agor {path}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/protection.py" />
            <source>This caseload is already protected with a passphrase.</source>
            <translation>Mae'r llwyth achosion hwn eisoes wedi'i ddiogelu â chyfrinymadrodd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/protection.py" />
            <source>must be between {least} and {most} minutes</source>
            <translation>rhaid iddo fod rhwng {least} a {most} munud</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/protection.py" />
            <source>This caseload is not protected with a passphrase.</source>
            <translation>Nid yw'r llwyth achosion hwn wedi'i ddiogelu â chyfrinymadrodd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/protection.py" />
            <source>That is not the caseload's current passphrase.</source>
            <translation>Nid dyna gyfrinymadrodd presennol y llwyth achosion.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/protection.py" />
            <source>locking cannot be turned off while the caseload is protected with a passphrase; an open, unattended laptop would show everything</source>
            <translation>ni ellir diffodd cloi tra bo'r llwyth achosion wedi'i ddiogelu â chyfrinymadrodd; byddai gliniadur agored heb neb wrtho yn dangos popeth</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/referral.py" />
            <source>that person is not in the network</source>
            <translation>nid yw'r person hwnnw yn y rhwydwaith</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/referral.py" />
            <source>{name} does not have parental responsibility, so cannot give consent</source>
            <translation>nid oes gan {name} gyfrifoldeb rhiant, felly ni all roi cydsyniad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/referral.py" />
            <source>say when consent was given</source>
            <translation>dywedwch pryd y rhoddwyd cydsyniad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/referral.py" />
            <source>say when consent was withdrawn</source>
            <translation>dywedwch pryd y tynnwyd cydsyniad yn ôl</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/referral.py" />
            <source>say why, in the family's words</source>
            <translation>dywedwch pam, yng ngeiriau'r teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/restorative_language.py" />
            <source>Phrase {number}</source>
            <translation>Ymadrodd {number}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/restorative_language.py" />
            <source>give a restorative rewording for “{wording}”</source>
            <translation>rhowch aralleiriad adferol ar gyfer “{wording}”</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/review.py" />
            <source>no review has been scheduled for this conference yet</source>
            <translation>does dim adolygiad wedi'i drefnu ar gyfer y gynhadledd hon eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/review.py" />
            <source>Invite</source>
            <translation>Gwahodd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/review.py" />
            <source>{held_on} is still to come; write the day the review took place</source>
            <translation>mae {held_on} eto i ddod; ysgrifennwch y diwrnod y cynhaliwyd yr adolygiad</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/review.py" />
            <source>{held_on} is before version {version} of the plan was agreed ({agreed_on})</source>
            <translation>mae {held_on} cyn i fersiwn {version} o'r cynllun gael ei chytuno ({agreed_on})</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/review.py" />
            <source>{held_on} is before the last review ({last_review})</source>
            <translation>mae {held_on} cyn yr adolygiad diwethaf ({last_review})</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/review.py" />
            <source>that review is no longer in the store</source>
            <translation>nid yw'r adolygiad hwnnw yn y storfa mwyach</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/review.py" />
            <source>invite them to the review first</source>
            <translation>gwahoddwch nhw i'r adolygiad yn gyntaf</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/review.py" />
            <source>This review has ended ({outcome}) and is kept as it was; reopen it to change it</source>
            <translation>Mae'r adolygiad hwn wedi dod i ben ({outcome}) ac wedi'i gadw fel yr oedd; ailagorwch ef i'w newid</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/services/review.py" />
            <source>that action is not in the version being reviewed</source>
            <translation>nid yw'r cam gweithredu hwnnw yn y fersiwn sy'n cael ei hadolygu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/backup.py" />
            <source>No backup could be made of {source}: {error}.</source>
            <translation>Nid oedd modd gwneud copi wrth gefn o {source}: {error}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/backup.py" />
            <source>There is no store at {store_path} to back up.</source>
            <translation>Does dim storfa yn {store_path} i'w chopïo wrth gefn.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/backup.py" />
            <source>{source} could not be backed up: it is damaged ({error}). Restore it from an earlier backup.</source>
            <translation>Nid oedd modd copïo {source} wrth gefn: mae wedi'i ddifrodi ({error}). Adferwch ef o gopi wrth gefn cynharach.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/backup.py" />
            <source>The disk holding {parent} is full, so no backup was made. Free some space; the caseload itself is unchanged.</source>
            <translation>Mae'r ddisg sy'n dal {parent} yn llawn, felly ni wnaed copi wrth gefn. Rhyddhewch rywfaint o le; nid yw'r llwyth achosion ei hun wedi newid.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/backup.py" />
            <source>No backup could be made: {parent} cannot be written, or {source} cannot be read. The caseload itself is unchanged.</source>
            <translation>Nid oedd modd gwneud copi wrth gefn: nid oes modd ysgrifennu i {parent}, neu nid oes modd darllen {source}. Nid yw'r llwyth achosion ei hun wedi newid.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/backup.py" />
            <source>The backup of {source} did not pass its check ({problem}), so it was not kept. The caseload itself may be damaged: check it.</source>
            <translation>Ni lwyddodd y copi wrth gefn o {source} yn ei wiriad ({problem}), felly ni chafodd ei gadw. Efallai fod y llwyth achosion ei hun wedi'i ddifrodi: gwiriwch ef.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/backup.py" />
            <source>{source} could not be backed up: {error}</source>
            <translation>Nid oedd modd copïo {source} wrth gefn: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/backup.py" />
            <source>The backup could not be written to {parent}: {strerror}. The caseload itself is unchanged.</source>
            <translation>Nid oedd modd ysgrifennu'r copi wrth gefn i {parent}: {strerror}. Nid yw'r llwyth achosion ei hun wedi newid.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/backup.py" />
            <source>A copy of {store_path} could not be written to {folder}: {strerror}. The caseload itself is unchanged.</source>
            <translation>Nid oedd modd ysgrifennu copi o {store_path} i {folder}: {strerror}. Nid yw'r llwyth achosion ei hun wedi newid.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/backup.py" />
            <source>{name} cannot be read as a store ({error}).</source>
            <translation>Nid oes modd darllen {name} fel storfa ({error}).</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/backup.py" />
            <source>The backups folder {folder} cannot be created: {strerror}. The caseload itself is unchanged.</source>
            <translation>Nid oes modd creu'r ffolder copïau wrth gefn {folder}: {strerror}. Nid yw'r llwyth achosion ei hun wedi newid.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/backup.py" />
            <source>{name} is not an FGC Desktop store.</source>
            <translation>Nid yw {name} yn storfa FGC Desktop.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/backup.py" />
            <source>{name} is damaged ({error}).</source>
            <translation>Mae {name} wedi'i ddifrodi ({error}).</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/connection.py" />
            <source>{path} is damaged and cannot be read ({error}). It has been left as it was; restore it from a backup.</source>
            <translation>Mae {path} wedi'i ddifrodi ac nid oes modd ei ddarllen ({error}). Mae wedi'i adael fel yr oedd; adferwch ef o gopi wrth gefn.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/connection.py" />
            <source>The change was not saved: {error}.</source>
            <translation>Ni chafodd y newid ei gadw: {error}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/connection.py" />
            <source>{path} is not an FGC Desktop store (it is not a database file). It has been left as it was.</source>
            <translation>Nid yw {path} yn storfa FGC Desktop (nid yw'n ffeil cronfa ddata). Mae wedi'i adael fel yr oedd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/connection.py" />
            <source>{path} cannot be opened: the file or its folder is read-only. It has been left as it was.</source>
            <translation>Nid oes modd agor {path}: mae'r ffeil neu ei ffolder yn ddarllen yn unig. Mae wedi'i adael fel yr oedd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/connection.py" />
            <source>{path} is in use by another program. Close it there and try again.</source>
            <translation>Mae {path} yn cael ei ddefnyddio gan raglen arall. Caewch ef yno a rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/connection.py" />
            <source>{path} is a database of another program, not an FGC Desktop store. It has been left as it was.</source>
            <translation>Mae {path} yn gronfa ddata rhaglen arall, nid yn storfa FGC Desktop. Mae wedi'i adael fel yr oedd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/connection.py" />
            <source>{path} was saved by a newer version of FGC Desktop. Update the app to open it; the file has been left as it was.</source>
            <translation>Cafodd {path} ei gadw gan fersiwn mwy newydd o FGC Desktop. Diweddarwch yr ap i'w agor; mae'r ffeil wedi'i gadael fel yr oedd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/connection.py" />
            <source>{path} cannot be written (the file or its folder is read-only). Nothing was changed; what you typed is still on screen.</source>
            <translation>Nid oes modd ysgrifennu i {path} (mae'r ffeil neu ei ffolder yn ddarllen yn unig). Ni newidiwyd dim; mae'r hyn a deipiwyd gennych yn dal ar y sgrin.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/connection.py" />
            <source>The disk is full, so the change was not saved. Free some space and try again; what you typed is still on screen.</source>
            <translation>Mae'r ddisg yn llawn, felly ni chafodd y newid ei gadw. Rhyddhewch rywfaint o le a rhowch gynnig arall arni; mae'r hyn a deipiwyd gennych yn dal ar y sgrin.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/connection.py" />
            <source>{path} is in use by another program. Close it there and try again; what you typed is still on screen.</source>
            <translation>Mae {path} yn cael ei ddefnyddio gan raglen arall. Caewch ef yno a rhowch gynnig arall arni; mae'r hyn a deipiwyd gennych yn dal ar y sgrin.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/connection.py" />
            <source>{path} could not be opened: {error}.</source>
            <translation>Nid oedd modd agor {path}: {error}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/connection.py" />
            <source>The folder {folder} cannot be created: {strerror}.</source>
            <translation>Nid oes modd creu'r ffolder {folder}: {strerror}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/connection.py" />
            <source>{path} needs updating for this version of FGC Desktop, but it is backed up first and the backup failed: {error} The file has been left as it was.</source>
            <translation>Mae angen diweddaru {path} ar gyfer y fersiwn hon o FGC Desktop, ond caiff ei gopïo wrth gefn yn gyntaf a methodd y copi wrth gefn: {error} Mae'r ffeil wedi'i gadael fel yr oedd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/connection.py" />
            <source>{path} is damaged ({verdict}). It has been left as it was; restore it from a backup.</source>
            <translation>Mae {path} wedi'i ddifrodi ({verdict}). Mae wedi'i adael fel yr oedd; adferwch ef o gopi wrth gefn.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/connection.py" />
            <source>The change was not saved: {error}</source>
            <translation>Ni chafodd y newid ei gadw: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/connection.py" />
            <source>{path} is damaged ({problem}). It has been left as it was; restore it from a backup.</source>
            <translation>Mae {path} wedi'i ddifrodi ({problem}). Mae wedi'i adael fel yr oedd; adferwch ef o gopi wrth gefn.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/damaged_reads.py" />
            <source>{path} is damaged: part of it cannot be read ({error}). Nothing more will be saved to it; restore it from a backup.</source>
            <translation>Mae {path} wedi'i ddifrodi: nid oes modd darllen rhan ohono ({error}). Ni fydd dim mwy yn cael ei gadw ynddo; adferwch ef o gopi wrth gefn.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>converted copy</source>
            <translation>copi wedi'i drosi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>That passphrase does not open {path}. The file has been left as it was.</source>
            <translation>Nid yw'r cyfrinymadrodd hwnnw'n agor {path}. Mae'r ffeil wedi'i gadael fel yr oedd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>The caseload was not {what} ({error}). Nothing was changed.</source>
            <translation>Ni chafodd y llwyth achosion ei {what} ({error}). Ni newidiwyd dim.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>{path} is not protected with a passphrase, so it has none to change.</source>
            <translation>Nid yw {path} wedi'i ddiogelu â chyfrinymadrodd, felly does dim un i'w newid.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>{path} is already protected with a passphrase.</source>
            <translation>Mae {path} eisoes wedi'i ddiogelu â chyfrinymadrodd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>{path} is not protected with a passphrase.</source>
            <translation>Nid yw {path} wedi'i ddiogelu â chyfrinymadrodd.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>The {copy} did not match the caseload ({tables}), so it was not used. Nothing was changed.</source>
            <translation>Nid oedd y {copy} yn cyfateb i'r llwyth achosion ({tables}), felly ni chafodd ei ddefnyddio. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>The disk holding {path} has too little free space to convert it safely (it needs about {megabytes:,.0f} MB). Free some space and try again; nothing was changed.</source>
            <translation>Does dim digon o le rhydd ar y ddisg sy'n dal {path} i'w drosi'n ddiogel (mae angen tua {megabytes:,.0f} MB). Rhyddhewch rywfaint o le a rhowch gynnig arall arni; ni newidiwyd dim.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>The disk is full, so the caseload was not {what}. Free some space and try again; nothing was changed.</source>
            <translation>Mae'r ddisg yn llawn, felly ni chafodd y llwyth achosion ei {what}. Rhyddhewch rywfaint o le a rhowch gynnig arall arni; ni newidiwyd dim.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>{parent} cannot be written, so the caseload was not {what}. Nothing was changed.</source>
            <translation>Nid oes modd ysgrifennu i {parent}, felly ni chafodd y llwyth achosion ei {what}. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>{path} is in use by another program, so it was not {what}. Close it there and try again; nothing was changed.</source>
            <translation>Mae {path} yn cael ei ddefnyddio gan raglen arall, felly ni chafodd ei {what}. Caewch ef yno a rhowch gynnig arall arni; ni newidiwyd dim.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>{path} is protected with a passphrase. Enter it to open the caseload.</source>
            <translation>Mae {path} wedi'i ddiogelu â chyfrinymadrodd. Rhowch ef i agor y llwyth achosion.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>opened</source>
            <translation>agor</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>given its new passphrase</source>
            <translation>newid i'w gyfrinymadrodd newydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>backup</source>
            <translation>copi wrth gefn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>No backup could be made in {folder} ({strerror}), so nothing was changed.</source>
            <translation>Nid oedd modd gwneud copi wrth gefn yn {folder} ({strerror}), felly ni newidiwyd dim.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>backed up</source>
            <translation>gopïo wrth gefn</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>converted</source>
            <translation>drosi</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>{path} is open in another program or another FGC Desktop window. Close it there and try again; nothing was changed.</source>
            <translation>Mae {path} ar agor mewn rhaglen arall neu ffenestr FGC Desktop arall. Caewch ef yno a rhowch gynnig arall arni; ni newidiwyd dim.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>The {copy} failed its check ({problem}), so it was not used. Nothing was changed.</source>
            <translation>Methodd y {copy} ei wiriad ({problem}), felly ni chafodd ei ddefnyddio. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>The {copy} failed its encryption check, so it was not used. Nothing was changed.</source>
            <translation>Methodd y {copy} ei wiriad amgryptio, felly ni chafodd ei ddefnyddio. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/encryption.py" />
            <source>The {copy} did not match the caseload, so it was not used. Nothing was changed.</source>
            <translation>Nid oedd y {copy} yn cyfateb i'r llwyth achosion, felly ni chafodd ei ddefnyddio. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/plans.py" />
            <source>Version {version} of this plan is agreed and cannot change; start a new version to make changes.</source>
            <translation>Mae fersiwn {version} o'r cynllun hwn wedi'i chytuno ac ni all newid; dechreuwch fersiwn newydd i wneud newidiadau.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/plans.py" />
            <source>That plan is no longer in the store.</source>
            <translation>Nid yw'r cynllun hwnnw yn y storfa mwyach.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/records.py" />
            <source>No {table} record {row_id} in the store.</source>
            <translation>Does dim cofnod {table} {row_id} yn y storfa.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/restore.py" />
            <source>There is no backup file at {path}.</source>
            <translation>Does dim ffeil copi wrth gefn yn {path}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/restore.py" />
            <source>{path} is damaged ({problem}), so it cannot be restored. Choose another backup.</source>
            <translation>Mae {path} wedi'i ddifrodi ({problem}), felly nid oes modd ei adfer. Dewiswch gopi wrth gefn arall.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/restore.py" />
            <source>{store_path} could not be replaced: {strerror}. A backup of it was kept first.</source>
            <translation>Nid oedd modd disodli {store_path}: {strerror}. Cadwyd copi wrth gefn ohono yn gyntaf.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/restore.py" />
            <source>{store_path} is open in FGC Desktop or another program. Close it there first; nothing was changed.</source>
            <translation>Mae {store_path} ar agor yn FGC Desktop neu raglen arall. Caewch ef yno yn gyntaf; ni newidiwyd dim.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/retention.py" />
            <source>Nothing was deleted or anonymised: {reasons}. Open the retention review again to see the list as it is now.</source>
            <translation>Ni ddilëwyd dim ac ni wnaed dim yn ddienw: {reasons}. Agorwch yr adolygiad cadw eto i weld y rhestr fel y mae nawr.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/retention.py" />
            <source>a conference that is no longer in the caseload</source>
            <translation>cynhadledd nad yw yn y llwyth achosion mwyach</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/retention.py" />
            <source>{reference} is open again</source>
            <translation>mae {reference} ar agor eto</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/retention.py" />
            <source>{reference} closed too recently or was already anonymised</source>
            <translation>caeodd {reference} yn rhy ddiweddar neu roedd eisoes wedi'i gwneud yn ddienw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/statistics.py" />
            <source>{path} could not be read: {error}.</source>
            <translation>Nid oedd modd darllen {path}: {error}.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/store/statistics.py" />
            <source>The figures could not be counted: {error}.</source>
            <translation>Nid oedd modd cyfrif y ffigurau: {error}.</translation>
        </message>
        <message>
            <source>The caseload now holds what {name} held.{kept_text}</source>
            <translation type="vanished">Mae'r llwyth achosion nawr yn dal yr hyn oedd yn {name}.{kept_text}</translation>
        </message>
        <message>
            <source>An encrypted copy from before, which the old passphrase opens, is kept at {path}.</source>
            <translation type="vanished">Mae copi wedi'i amgryptio o'r blaen, y mae'r hen gyfrinymadrodd yn ei agor, wedi'i gadw yn {path}.</translation>
        </message>
        <message>
            <source>Before the caseload was encrypted</source>
            <translation type="vanished">Cyn i'r llwyth achosion gael ei amgryptio</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation type="vanished">&amp;Canfod:</translation>
        </message>
        <message>
            <source>(large print)</source>
            <translation type="vanished">(print bras)</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Iawn</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Cadw</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Cadw'r cyfan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Agor</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ie</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ie i'r &amp;cyfan</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Na</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Na i'r c&amp;yfan</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Rhoi'r gorau iddi</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Ceisio eto</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Anwybyddu</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Taflu</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Cymorth</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Rhoi ar waith</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Ailosod</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Adfer y rhagosodiadau</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ailwneud</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Torri</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Gludo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Dewis y cyfan</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copïo lleoliad y &amp;ddolen</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ailwneud</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Torri</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Gludo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Dewis y cyfan</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Dangos y manylion...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Cuddio'r manylion...</translation>
        </message>
    </context>
</TS>

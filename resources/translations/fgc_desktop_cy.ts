<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
    <context>
        <name>FGCDesktop</name>
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
            <source>FGC Desktop caseloads (*.sqlite);;All files (*)</source>
            <translation>Llwythi achosion FGC Desktop (*.sqlite);;Pob ffeil (*)</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/app.py" />
            <source>The caseload in {name} is protected with a passphrase. Type the passphrase to open it.</source>
            <translation>Mae'r llwyth achosion yn {name} wedi'i ddiogelu â chyfrinymadrodd. Teipiwch y cyfrinymadrodd i'w agor.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_model.py" />
            <location filename="../../fgc_desktop/ui/search_results.py" />
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_model.py" />
            <location filename="../../fgc_desktop/ui/search_results.py" />
            <source>Family</source>
            <translation>Teulu</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_model.py" />
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
            <source>&amp;Find:</source>
            <translation>&amp;Canfod:</translation>
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
            <source>1 conference</source>
            <translation>1 gynhadledd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_panel.py" />
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
            <source>The caseload now holds what {name} held.{kept_text}</source>
            <translation>Mae'r llwyth achosion nawr yn dal yr hyn oedd yn {name}.{kept_text}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/caseload_session.py" />
            <source>Backed up at {value1}</source>
            <translation>Copi wrth gefn am {value1}</translation>
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
            <source>Conference pages</source>
            <translation>Tudalennau'r gynhadledd</translation>
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
            <source>Bottom lines</source>
            <translation>Llinellau sylfaen</translation>
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
            <source>Plan</source>
            <translation>Cynllun</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/conference_view.py" />
            <location filename="../../fgc_desktop/ui/dashboard_lists.py" />
            <location filename="../../fgc_desktop/domain/stage.py" />
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
            <source> To go on, record their new consent on the Referral page.</source>
            <translation> I fwrw ymlaen, cofnodwch eu cydsyniad newydd ar dudalen yr Atgyfeiriad.</translation>
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
            <source>Consent withdrawn</source>
            <translation>Cydsyniad wedi'i dynnu'n ôl</translation>
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
            <location filename="../../fgc_desktop/domain/dashboard.py" />
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
            <source>Why</source>
            <translation>Pam</translation>
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
            <location filename="../../fgc_desktop/ui/new_conference_dialog.py" />
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
            <source>That passphrase is not the right one.</source>
            <translation>Nid dyna'r cyfrinymadrodd cywir.</translation>
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
            <source>New passphrase</source>
            <translation>Cyfrinymadrodd newydd</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>New passphrase again</source>
            <translation>Cyfrinymadrodd newydd eto</translation>
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
            <source>Type the passphrase first.</source>
            <translation>Teipiwch y cyfrinymadrodd yn gyntaf.</translation>
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
            <source>Checking the passphrase…</source>
            <translation>Yn gwirio'r cyfrinymadrodd…</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Cyfrinymadrodd:</translation>
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
            <source>1 try left.</source>
            <translation>1 cynnig ar ôl.</translation>
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
            <source>{count} tries left.</source>
            <translation>{count} cynnig ar ôl.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/passphrase_dialog.py" />
            <source>Something went wrong, and nothing was changed: {error}</source>
            <translation>Aeth rhywbeth o'i le, ac ni newidiwyd dim: {error}</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/reason_dialog.py" />
            <source>Reason</source>
            <translation>Rheswm</translation>
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
            <source>1 conference found. Choose it to open it.</source>
            <translation>Canfuwyd 1 gynhadledd. Dewiswch hi i'w hagor.</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/ui/search_panel.py" />
            <source>Nothing found for “{text}”. Every word must appear in the conference; words are matched from their start.</source>
            <translation>Dim byd wedi'i ganfod ar gyfer “{text}”. Rhaid i bob gair ymddangos yn y gynhadledd; caiff geiriau eu paru o'u dechrau.</translation>
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
            <source>Not saved yet: the store could not be written.</source>
            <translation>Heb ei gadw eto: nid oedd modd ysgrifennu i'r storfa.</translation>
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
            <source>Close the conference</source>
            <translation>Cau'r gynhadledd</translation>
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
            <location filename="../../fgc_desktop/ui/store_problem.py" />
            <source>Not saved</source>
            <translation>Heb ei gadw</translation>
        </message>
        <message>
            <location filename="../../fgc_desktop/domain/stage.py" />
            <source>Private family time</source>
            <translation>Amser teulu preifat</translation>
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

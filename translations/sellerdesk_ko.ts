<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>main</name>
    <message>
        <source>SellerDesk back office for online sellers</source>
        <translation>온라인 셀러를 위한 셀러데스크 주문 관리</translation>
    </message>
    <message>
        <source>The store database file.</source>
        <translation>상점 데이터베이스 파일.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>SellerDesk</source>
        <translation>셀러데스크</translation>
    </message>
</context>
<context>
    <name>sd::AboutDialog</name>
    <message>
        <source>About SellerDesk</source>
        <translation>셀러데스크 정보</translation>
    </message>
    <message>
        <source>Back office for Naver Smartstore, Kakao Talk Store and Talk Checkout sellers: orders, shipping and deadlines in one window.</source>
        <translation>네이버 스마트스토어, 카카오 톡스토어, 톡체크아웃 판매자를 위한 백오피스: 주문, 배송, 기한을 한 창에서 관리합니다.</translation>
    </message>
    <message>
        <source>Runs on %1.</source>
        <translation>실행 환경: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <source>Third-party software and licences</source>
        <translation>외부 소프트웨어와 라이선스</translation>
    </message>
    <message>
        <source>SellerDesk %1</source>
        <translation>셀러데스크 %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (빌드: Qt %2)</translation>
    </message>
    <message>
        <source>The list of third-party licences is missing from this build.</source>
        <translation>이 빌드에는 외부 라이선스 목록이 없습니다.</translation>
    </message>
</context>
<context>
    <name>sd::AccessPurpose</name>
    <message>
        <source>List</source>
        <translation>목록 조회</translation>
    </message>
    <message>
        <source>Order opened</source>
        <translation>주문 열람</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
</context>
<context>
    <name>sd::AppLog</name>
    <message>
        <source>%1
The details are in the log: %2</source>
        <translation>%1
자세한 내용은 로그에 있습니다: %2</translation>
    </message>
</context>
<context>
    <name>sd::AppStartup</name>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Checking and unpacking the backup…</source>
        <translation>백업을 확인하고 압축을 푸는 중…</translation>
    </message>
</context>
<context>
    <name>sd::AuditAction</name>
    <message>
        <source>Login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>계정 잠금</translation>
    </message>
    <message>
        <source>Store set up</source>
        <translation>스토어 설정</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>설정 변경</translation>
    </message>
    <message>
        <source>Holiday added</source>
        <translation>휴일 추가</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>데모 데이터 추가</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export with personal data</source>
        <translation>개인정보 포함 내보내기</translation>
    </message>
    <message>
        <source>Orders confirmed</source>
        <translation>발주확인</translation>
    </message>
    <message>
        <source>Orders dispatched</source>
        <translation>발송처리</translation>
    </message>
    <message>
        <source>Tracking numbers changed</source>
        <translation>송장 수정</translation>
    </message>
    <message>
        <source>Orders marked delivered</source>
        <translation>배송완료 처리</translation>
    </message>
    <message>
        <source>Purchase decisions recorded</source>
        <translation>구매확정</translation>
    </message>
    <message>
        <source>Dispatch delay notices</source>
        <translation>발송지연 안내</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Automatic backup made</source>
        <translation>자동 백업</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Orders imported</source>
        <translation>주문 가져오기</translation>
    </message>
    <message>
        <source>Purchase decisions corrected (decided on the marketplace)</source>
        <translation>구매확정 정정 (마켓에서 확정됨)</translation>
    </message>
</context>
<context>
    <name>sd::AuditLogService</name>
    <message>
        <source>Your role (%1) may not read the audit log.</source>
        <translation>현재 역할(%1)로는 감사 로그를 볼 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>sd::AuditLogView</name>
    <message>
        <source>All actions</source>
        <translation>전체 작업</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>지정 안 함</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 초기화</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>전체 사용자</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet.</source>
        <translation>아직 기록된 내용이 없습니다.</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>조건에 맞는 기록이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Export audit log…</source>
        <translation>감사 로그 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the entries shown (filters applied) as an Excel workbook or a CSV file</source>
        <translation>화면에 보이는 기록(필터 적용)을 엑셀 통합 문서나 CSV 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>감사 로그 내보내기</translation>
    </message>
    <message>
        <source>audit-log-%1</source>
        <translation>감사로그-%1</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>감사 로그를 내보내는 중…</translation>
    </message>
    <message>
        <source>Exported the audit log to %1</source>
        <translation>감사 로그를 내보냈습니다: %1</translation>
    </message>
</context>
<context>
    <name>sd::AuditTable</name>
    <message>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>스토어</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>휴일</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>대상 종류</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>변경 후</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>상세 내용</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Orders list</source>
        <translation>주문 목록</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
    <message>
        <source>SellerDesk (automatic)</source>
        <translation>셀러데스크(자동)</translation>
    </message>
</context>
<context>
    <name>sd::AuthService</name>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>아이디 또는 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>This account is locked after repeated failed logins until %1.</source>
        <translation>로그인 실패가 반복되어 %1까지 이 계정이 잠겨 있습니다.</translation>
    </message>
    <message>
        <source>Too many failed logins: this account is locked until %1.</source>
        <translation>로그인에 여러 번 실패하여 %1까지 이 계정을 잠갔습니다.</translation>
    </message>
    <message>
        <source>The store&apos;s login key is missing; the store file may be damaged.</source>
        <translation>스토어의 로그인 키가 없습니다. 스토어 파일이 손상되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The login could not be recorded, so it was refused. Try again; if it keeps failing, the store file may be damaged.</source>
        <translation>로그인 기록을 남기지 못해 로그인을 거부했습니다. 다시 시도하세요. 계속 실패하면 스토어 파일이 손상되었을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>sd::BackupService</name>
    <message>
        <source>%1 is not a SellerDesk backup, or it is incomplete.</source>
        <translation>셀러데스크 백업 파일이 아니거나 완전하지 않은 파일입니다: %1</translation>
    </message>
    <message>
        <source>Your role (%1) may not make or restore backups.</source>
        <translation>현재 역할(%1)로는 백업하거나 복원할 수 없습니다.</translation>
    </message>
    <message>
        <source>A backup cannot replace the store or its files. Choose another file name.</source>
        <translation>백업으로 스토어 파일이나 스토어의 파일 폴더를 덮어쓸 수 없습니다. 다른 파일 이름을 고르세요.</translation>
    </message>
    <message>
        <source>The store could not be opened for the backup: %1</source>
        <translation>백업할 스토어를 열지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>백업 파일을 쓰지 못했습니다(%1): %2</translation>
    </message>
    <message>
        <source>the folder cannot be created.</source>
        <translation>폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>the written file did not read back correctly.</source>
        <translation>저장한 파일을 다시 읽어 보니 내용이 맞지 않습니다.</translation>
    </message>
    <message>
        <source>it could not be renamed from %1.</source>
        <translation>임시 파일(%1)의 이름을 바꾸지 못했습니다.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>파일이 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of SellerDesk. Please update SellerDesk to restore it.</source>
        <translation>이 백업(%1)은 더 새로운 버전의 셀러데스크에서 만들어졌습니다. 복원하려면 셀러데스크를 업데이트하세요.</translation>
    </message>
    <message>
        <source>%1 holds a file outside the store&apos;s folder (%2); it is not restored.</source>
        <translation>백업(%1)에 스토어 폴더 밖을 가리키는 파일(%2)이 들어 있어 복원하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of SellerDesk (schema %2, this program knows %3). Please update SellerDesk to restore it.</source>
        <translation>이 백업(%1)은 더 새로운 버전의 셀러데스크에서 만들어졌습니다(스키마 %2, 이 프로그램은 %3까지 지원). 복원하려면 셀러데스크를 업데이트하세요.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>백업을 복원하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The backup could not be unpacked next to the store in %1. Is the disk full?</source>
        <translation>스토어가 있는 폴더(%1)에 백업의 압축을 풀지 못했습니다. 디스크 공간이 부족하지 않은지 확인하세요.</translation>
    </message>
    <message>
        <source>%1 is damaged: a part of it does not read back as it was written.</source>
        <translation>백업 파일이 손상되었습니다(%1): 일부 내용이 저장된 그대로 읽히지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is damaged: the database inside it does not pass SQLite&apos;s integrity check.</source>
        <translation>백업 파일이 손상되었습니다(%1): 안에 든 데이터베이스가 SQLite 무결성 검사를 통과하지 못했습니다.</translation>
    </message>
    <message>
        <source>The store could not be replaced; nothing was changed. Check that no other program uses %1.</source>
        <translation>스토어를 바꾸지 못해 아무것도 바뀌지 않았습니다. 다른 프로그램이 %1 파일을 쓰고 있지 않은지 확인하세요.</translation>
    </message>
    <message>
        <source>The restored store could not be opened, so the previous one was put back: %1</source>
        <translation>복원한 스토어를 열지 못해 이전 스토어로 되돌렸습니다: %1</translation>
    </message>
    <message>
        <source>the restore could not be logged.</source>
        <translation>복원 기록을 남기지 못했습니다.</translation>
    </message>
    <message>
        <source>Restored the backup %1 (made %2) into %3.</source>
        <translation>%3에 백업을 복원했습니다. 백업 파일: %1 (%2에 만듦)</translation>
    </message>
    <message>
        <source>The previous store was kept as %1.</source>
        <translation>이전 스토어는 %1 파일로 보관했습니다.</translation>
    </message>
    <message>
        <source>Its files were kept in %1.</source>
        <translation>이전 스토어의 파일은 %1 폴더에 보관했습니다.</translation>
    </message>
    <message>
        <source>The backup came from an older version and was updated; a copy from before the update is in %1.</source>
        <translation>이전 버전에서 만든 백업이라 새 버전에 맞게 업데이트했습니다. 업데이트 전 사본은 %1에 있습니다.</translation>
    </message>
    <message>
        <source>The backup could not be logged, so it was not kept.</source>
        <translation>백업 기록을 남기지 못해 백업 파일을 보관하지 않았습니다.</translation>
    </message>
    <message>
        <source>The unpacked backup beside the store is gone; nothing was changed. Restore it again.</source>
        <translation>스토어 옆에 풀어 둔 백업이 없어졌습니다. 아무것도 바뀌지 않았습니다. 다시 복원하세요.</translation>
    </message>
    <message>
        <source>the archive could not be written.</source>
        <translation>압축 파일을 쓰지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>sd::BulkAudit</name>
    <message numerus="yes">
        <source>%1: %n</source>
        <comment>a state and how many items were in it</comment>
        <translation>
            <numerusform>%1 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::BulkFlow</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Checking %1 of %2…</source>
        <translation>확인하는 중… (%2건 중 %1건)</translation>
    </message>
    <message>
        <source>Applying %1 of %2…</source>
        <translation>처리하는 중… (%2건 중 %1건)</translation>
    </message>
</context>
<context>
    <name>sd::BulkResultDialog</name>
    <message>
        <source>%1 processed, %2 not processed.</source>
        <translation>%1건 처리, %2건 미처리.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Will apply</source>
        <translation>처리 예정</translation>
    </message>
    <message>
        <source>Cannot</source>
        <translation>처리 불가</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>미처리</translation>
    </message>
    <message>
        <source>%1 processed, %2 refused, %3 skipped.</source>
        <translation>%1건 처리, %2건 거부, %3건 건너뜀.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>저장 안 됨</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>%1 cannot be applied (see why below).</source>
        <translation>처리할 수 없는 항목: %1 (사유는 아래 참고).</translation>
    </message>
    <message>
        <source>%1 of %2 can be processed; %3 cannot (see why below).</source>
        <translation>%2 중 %1건은 처리할 수 있고, %3건은 처리할 수 없습니다(사유는 아래 참고).</translation>
    </message>
    <message>
        <source>Nothing needs to change: all %1 are already as asked.</source>
        <translation>바꿀 것이 없습니다. %1 모두 이미 요청한 상태입니다.</translation>
    </message>
    <message>
        <source>All %1 can be processed.</source>
        <translation>%1 모두 처리할 수 있습니다.</translation>
    </message>
    <message>
        <source>Already as asked, left as they are: %1.</source>
        <translation>이미 요청한 상태라 그대로 두는 항목: %1.</translation>
    </message>
    <message>
        <source>%1 processed, %2 unchanged, %3 not processed.</source>
        <translation>%1건 처리, %2건 변경 없음, %3건 미처리.</translation>
    </message>
    <message>
        <source>Show only the ones not done (%1)</source>
        <translation>미처리 건만 보기 (%1)</translation>
    </message>
    <message>
        <source>Apply to %1</source>
        <translation>%1 처리</translation>
    </message>
</context>
<context>
    <name>sd::BulkRun</name>
    <message>
        <source>%1 of %2 cannot be processed; nothing was changed.</source>
        <translation>%2건 중 %1건을 처리할 수 없어 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 changed since it was checked: %2</source>
        <translation>확인한 뒤에 바뀐 항목이 있습니다(%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n items changed since they were checked.</source>
        <translation>
            <numerusform>확인한 뒤에 바뀐 항목이 %n건 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>현재 역할(%1)로는 이 작업을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Nothing was given to process.</source>
        <translation>처리할 항목이 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Not checked: cancelled before this item.</source>
        <translation>확인하지 않음: 이 항목에 이르기 전에 취소되었습니다.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>취소되어 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Not checked: saving failed before this item.</source>
        <translation>확인하지 않음: 이 항목에 이르기 전에 저장에 실패했습니다.</translation>
    </message>
    <message>
        <source>Not written: cancelled before this item.</source>
        <translation>저장하지 않음: 이 항목에 이르기 전에 취소되었습니다.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 were written; the rest was not (see below).</source>
        <translation>%2건 중 %1건을 저장한 뒤 취소되었습니다. 나머지는 저장하지 않았습니다(아래 참고).</translation>
    </message>
    <message>
        <source>Partly done: %1 of %2 were written, the rest was not. %3</source>
        <translation>일부만 처리됨: %2건 중 %1건을 저장했고 나머지는 저장하지 않았습니다. %3</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>Not written: another item of the same stage was refused, so the stage was undone.</source>
        <translation>저장하지 않음: 같은 묶음의 다른 항목이 거부되어 그 묶음 전체를 되돌렸습니다.</translation>
    </message>
    <message>
        <source>Not written: the run stopped before this item.</source>
        <translation>저장하지 않음: 이 항목에 이르기 전에 작업이 멈췄습니다.</translation>
    </message>
    <message>
        <source>Saving failed; nothing was changed.</source>
        <translation>저장에 실패해 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Saving failed.</source>
        <translation>저장에 실패했습니다.</translation>
    </message>
</context>
<context>
    <name>sd::BusinessCalendar</name>
    <message>
        <source>Holiday</source>
        <translation>휴일</translation>
    </message>
</context>
<context>
    <name>sd::BusinessNumber</name>
    <message>
        <source>Enter the business registration number.</source>
        <translation>사업자등록번호를 입력하세요.</translation>
    </message>
    <message>
        <source>The business registration number takes digits and hyphens only.</source>
        <translation>사업자등록번호에는 숫자와 하이픈(-)만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The business registration number has 10 digits; %1 has %2.</source>
        <translation>사업자등록번호는 10자리입니다. 입력한 번호(%1)는 %2자리입니다.</translation>
    </message>
    <message>
        <source>%1 is not a valid business registration number: its last digit does not match the others. Check for a typing mistake.</source>
        <translation>%1{은/는} 올바른 사업자등록번호가 아닙니다. 마지막 검증 숫자가 앞의 숫자와 맞지 않으니 잘못 입력한 곳이 없는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>sd::CalendarService</name>
    <message>
        <source>You do not have permission to change settings.</source>
        <translation>설정을 변경할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Enter the date of the holiday.</source>
        <translation>휴일 날짜를 입력하세요.</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>휴일</translation>
    </message>
    <message>
        <source>The holiday could not be saved. Nothing was changed.</source>
        <translation>휴일을 저장하지 못했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>sd::Channel</name>
    <message>
        <source>Naver Smartstore</source>
        <translation>네이버 스마트스토어</translation>
    </message>
    <message>
        <source>Kakao Talk Store</source>
        <translation>카카오 톡스토어</translation>
    </message>
    <message>
        <source>Talk Checkout</source>
        <translation>톡체크아웃</translation>
    </message>
</context>
<context>
    <name>sd::ChannelStatus</name>
    <message>
        <source>The order status is empty.</source>
        <translation>주문상태가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The order status &quot;%1&quot; is not known.</source>
        <translation>알 수 없는 주문상태입니다: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The order is not paid yet (%1): import it once it is paid.</source>
        <translation>아직 결제되지 않은 주문입니다(%1). 결제된 뒤에 가져오세요.</translation>
    </message>
</context>
<context>
    <name>sd::Cli</name>
    <message>
        <source>There is no store database at %1. Create one with &quot;sellerdesk-cli init&quot; or &quot;sellerdesk-cli demo&quot;.</source>
        <translation>%1에 스토어 데이터베이스가 없습니다. &quot;sellerdesk-cli init&quot; 또는 &quot;sellerdesk-cli demo&quot;로 만드세요.</translation>
    </message>
    <message>
        <source>Name the user with --user NAME or the SELLERDESK_USER variable.</source>
        <translation>--user NAME 옵션이나 SELLERDESK_USER 환경 변수로 사용자를 지정하세요.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>비밀번호: </translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>비밀번호가 입력되지 않았습니다.</translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>비밀번호 확인: </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>두 비밀번호가 서로 다릅니다.</translation>
    </message>
    <message>
        <source>Your role (%1) does not have the permission &quot;%2&quot;.</source>
        <translation>내 역할(%1)에는 &quot;%2&quot; 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See &quot;sellerdesk-cli --help&quot;.</source>
        <translation>알 수 없는 명령입니다: &quot;%1&quot;. &quot;sellerdesk-cli --help&quot;를 참고하세요.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>알 수 없는 옵션입니다: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>--%1 옵션에는 값이 필요합니다.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>--%1 옵션에는 값을 줄 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 (in &quot;%2&quot;)</source>
        <translation>%1 (&quot;%2&quot; 명령)</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>예상하지 못한 인수입니다: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--orders takes a number from 0 to %1.</source>
        <translation>--orders에는 0부터 %1까지의 숫자를 쓰세요.</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation>--seed에는 0부터 4294967295까지의 정수를 쓰세요.</translation>
    </message>
    <message>
        <source>Created the demo store &quot;%1&quot; in %2.</source>
        <translation>%2에 데모 스토어를 만들었습니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Demo login: %1  password: %2</source>
        <translation>데모 로그인: %1  비밀번호: %2</translation>
    </message>
    <message>
        <source>Added %1 orders (%2 checkouts) and %3 products in %4 s.</source>
        <translation>주문 %1건(주문번호 %2개)과 상품 %3개를 %4초 만에 추가했습니다.</translation>
    </message>
    <message>
        <source>init needs --%1.</source>
        <translation>init에는 --%1 옵션이 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;: use NAVER, KAKAO or TALK_CHECKOUT.</source>
        <translation>알 수 없는 판매 채널입니다: &quot;%1&quot;. NAVER, KAKAO, TALK_CHECKOUT 중에서 쓰세요.</translation>
    </message>
    <message>
        <source>This database already holds a store; nothing was changed.</source>
        <translation>이 데이터베이스에는 이미 스토어가 있습니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; is set up in %2. Log in as %3.</source>
        <translation>스토어 &quot;%1&quot;의 설정을 마쳤습니다(%2). 로그인 아이디는 %3입니다.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>알 수 없는 주문 상태입니다: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write YYYY-MM-DD.</source>
        <translation>날짜가 아닙니다: &quot;%1&quot;. YYYY-MM-DD 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>--limit takes a number (0 lists all).</source>
        <translation>--limit에는 숫자를 쓰세요(0이면 전부).</translation>
    </message>
    <message>
        <source>Showed %1 of %2 orders (use --limit 0 for all).</source>
        <translation>주문 %2건 중 %1건을 보여 줍니다(전부 보려면 --limit 0).</translation>
    </message>
    <message>
        <source>order %1 takes exactly one product order number.</source>
        <translation>order %1에는 상품주문번호를 하나만 쓰세요.</translation>
    </message>
    <message>
        <source>order %1 needs at least one product order number.</source>
        <translation>order %1에는 상품주문번호가 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>order %1 needs --%2.</source>
        <translation>order %1에는 --%2 옵션이 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown delay reason &quot;%1&quot;: use PRODUCT_PREPARE, CUSTOMER_REQUEST, CUSTOM_BUILD, RESERVED_DISPATCH, OVERSEA_DELIVERY or ETC.</source>
        <translation>알 수 없는 발송 지연 사유입니다: &quot;%1&quot;. PRODUCT_PREPARE, CUSTOMER_REQUEST, CUSTOM_BUILD, RESERVED_DISPATCH, OVERSEA_DELIVERY, ETC 중에서 쓰세요.</translation>
    </message>
    <message>
        <source>No delivered order is due for the automatic purchase decision.</source>
        <translation>자동 구매확정 대상인 배송완료 주문이 없습니다.</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>처리 이력:</translation>
    </message>
    <message>
        <source>(no changes yet)</source>
        <translation>(아직 변경 없음)</translation>
    </message>
    <message>
        <source>system</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>The value of %1 is not valid UTF-8 text. Check the terminal&apos;s character encoding.</source>
        <translation>%1 옵션의 값이 올바른 UTF-8 텍스트가 아닙니다. 터미널의 문자 인코딩을 확인하세요.</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text. Check the terminal&apos;s character encoding.</source>
        <translation>%1번째 인수가 올바른 UTF-8 텍스트가 아닙니다. 터미널의 문자 인코딩을 확인하세요.</translation>
    </message>
    <message>
        <source>The option --%1 is given more than once.</source>
        <translation>--%1 옵션을 두 번 이상 썼습니다. 한 번만 쓰세요.</translation>
    </message>
    <message>
        <source>Demo login: %1 with the password from SELLERDESK_PASSWORD.</source>
        <translation>데모 로그인: %1 (비밀번호는 SELLERDESK_PASSWORD에 넣은 값)</translation>
    </message>
    <message>
        <source>The option --status needs at least one status.</source>
        <translation>--status 옵션에는 주문 상태를 하나 이상 쓰세요.</translation>
    </message>
    <message>
        <source>Name the backup file with --out FILE (for example --out store.sdbackup).</source>
        <translation>--out FILE 옵션으로 백업 파일을 지정하세요(예: --out store.sdbackup).</translation>
    </message>
    <message numerus="yes">
        <source>Backup saved to %1 (%2 bytes, %n files from the store&apos;s folder).</source>
        <translation>
            <numerusform>백업을 저장했습니다: %1 (%2바이트, 스토어 폴더의 파일 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name one backup file: sellerdesk-cli restore FILE.</source>
        <translation>백업 파일을 하나 지정하세요: sellerdesk-cli restore FILE</translation>
    </message>
    <message>
        <source>back the store up into one file</source>
        <translation>스토어를 파일 하나로 백업</translation>
    </message>
    <message>
        <source>--out FILE</source>
        <translation>--out FILE</translation>
    </message>
    <message>
        <source>Writes one .sdbackup file: a consistent copy of the store, the files kept beside it and a manifest. The file appears only when it is complete and has been read back. Needs the master role.

  --out FILE   the backup file to write (not the store itself, nor a folder)</source>
        <translation>백업 파일(.sdbackup) 하나를 만듭니다. 스토어를 한 시점 그대로 복사한 사본, 스토어 옆에 보관된 파일, 내용 목록(manifest)이 들어 있습니다. 파일은 끝까지 쓰고 다시 읽어 확인한 뒤에야 나타납니다. 마스터 역할이 필요합니다.

  --out FILE   만들 백업 파일 (스토어 파일 자체나 폴더는 안 됨)</translation>
    </message>
    <message>
        <source>replace the store with a backup</source>
        <translation>스토어를 백업으로 교체</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Checks the whole backup first (readable, a SellerDesk backup, undamaged, not from a newer SellerDesk), keeps the current store beside it as &lt;store&gt;.before-restore-&lt;time&gt;.sqlite (and its files folder), then puts the backup in its place and says what it did. A store open in a running SellerDesk window is not restored (exit 6). Needs the master role.</source>
        <translation>먼저 백업 전체를 확인합니다(읽을 수 있는지, 셀러데스크 백업인지, 손상되지 않았는지, 더 새로운 셀러데스크에서 만든 것이 아닌지). 그다음 현재 스토어를 같은 폴더에 &lt;store&gt;.before-restore-&lt;time&gt;.sqlite 이름으로 보관하고(파일 폴더도 함께), 그 자리에 백업을 넣은 뒤 한 일을 알려 줍니다. 실행 중인 셀러데스크 창에 열려 있는 스토어는 복원하지 않습니다(종료 코드 6). 마스터 역할이 필요합니다.</translation>
    </message>
    <message>
        <source>See &quot;sellerdesk-cli %1 --help&quot;.</source>
        <translation>&quot;sellerdesk-cli %1 --help&quot;를 참고하세요.</translation>
    </message>
    <message>
        <source>Run &quot;sellerdesk-cli COMMAND --help&quot; (or &quot;sellerdesk-cli help COMMAND&quot;) for a command&apos;s options and what it prints.</source>
        <translation>명령의 옵션과 출력 내용은 &quot;sellerdesk-cli COMMAND --help&quot;(또는 &quot;sellerdesk-cli help COMMAND&quot;)로 확인하세요.</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND ...</source>
        <translation>사용법: %1 COMMAND ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Global options, before or after the command:</source>
        <translation>공통 옵션 (명령 앞이나 뒤에 씀):</translation>
    </message>
    <message>
        <source>  --db FILE    the store database (default: %1)
  --user NAME  who runs the command (default: the SELLERDESK_USER variable)
  --json       results on stdout as JSON; an error too, as {&quot;code&quot;, &quot;message&quot;, &quot;exit&quot;}
  --quiet      no progress and no notes on stderr (errors are still printed)
  --version    the program&apos;s version</source>
        <translation>  --db FILE    스토어 데이터베이스 (기본값: %1)
  --user NAME  명령을 실행하는 사용자 (기본값: SELLERDESK_USER 환경 변수)
  --json       결과를 stdout에 JSON으로 출력. 오류도 {&quot;code&quot;, &quot;message&quot;, &quot;exit&quot;} 형식으로 출력
  --quiet      stderr에 진행 상황과 안내를 출력하지 않음 (오류는 그대로 출력)
  --version    프로그램 버전</translation>
    </message>
    <message>
        <source>The password comes from the SELLERDESK_PASSWORD variable or is asked for; it is never an argument.</source>
        <translation>비밀번호는 SELLERDESK_PASSWORD 환경 변수에서 읽거나 입력을 요청합니다. 명령줄 인수로는 받지 않습니다.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>종료 코드:</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>사용법: %1</translation>
    </message>
    <message>
        <source>Global options: %1 (see &quot;sellerdesk-cli --help&quot;, which also lists the exit codes).</source>
        <translation>공통 옵션: %1 (설명과 종료 코드는 &quot;sellerdesk-cli --help&quot; 참고)</translation>
    </message>
    <message>
        <source>Usage: %1 %2 COMMAND ...</source>
        <translation>사용법: %1 %2 COMMAND ...</translation>
    </message>
    <message>
        <source>Run &quot;sellerdesk-cli %1 COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>명령의 옵션은 &quot;sellerdesk-cli %1 COMMAND --help&quot;로 확인하세요.</translation>
    </message>
    <message>
        <source>Did you mean &quot;sellerdesk-cli %1&quot;?</source>
        <translation>&quot;sellerdesk-cli %1&quot; 명령을 찾으셨나요?</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>명령을 지정하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of its commands after it: %2. See &quot;sellerdesk-cli %1 --help&quot;.</source>
        <translation>&quot;%1&quot; 뒤에는 하위 명령 중 하나를 써야 합니다: %2. &quot;sellerdesk-cli %1 --help&quot;를 참고하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command of &quot;%2&quot;. See &quot;sellerdesk-cli %2 --help&quot;.</source>
        <translation>&quot;%2&quot;에는 &quot;%1&quot; 명령이 없습니다. &quot;sellerdesk-cli %2 --help&quot;를 참고하세요.</translation>
    </message>
    <message>
        <source>Writing demo orders</source>
        <translation>데모 주문 저장 중</translation>
    </message>
    <message>
        <source>fill the database with a demo store (creates it when empty)</source>
        <translation>데이터베이스에 데모 스토어 채우기 (비어 있으면 새로 만듦)</translation>
    </message>
    <message>
        <source>[--orders N] [--seed S]</source>
        <translation>[--orders N] [--seed S]</translation>
    </message>
    <message>
        <source>Adds realistic orders of the last 90 days on every channel and in every status. An empty or new database becomes the demo store first, with the master account &quot;demo&quot; and the password from SELLERDESK_PASSWORD, else the documented default (then printed).
On an existing store it runs as the master named with --user.

  --orders N  how many product orders to add (default 500)
  --seed S    the same seed and date give the same orders (default 1)

Progress is shown on stderr when it is a terminal.</source>
        <translation>최근 90일 동안의 실제와 비슷한 주문을 모든 판매채널과 모든 주문상태에 걸쳐 추가합니다. 비어 있거나 새 데이터베이스는 먼저 데모 스토어가 됩니다. 마스터 계정은 &quot;demo&quot;이고, 비밀번호는 SELLERDESK_PASSWORD에 넣은 값이며 없으면 문서에 적힌 기본값입니다(이때 화면에 출력).
이미 있는 스토어에서는 --user로 지정한 마스터로 실행합니다.

  --orders N  추가할 상품주문 수 (기본값 500)
  --seed S    시드와 날짜가 같으면 같은 주문이 만들어짐 (기본값 1)

stderr가 터미널이면 진행 상황을 표시합니다.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>the command line is wrong (an unknown command or option, a missing value)</source>
        <translation>명령줄이 잘못됨 (알 수 없는 명령이나 옵션, 빠진 값)</translation>
    </message>
    <message>
        <source>login failed or permission denied</source>
        <translation>로그인 실패 또는 권한 없음</translation>
    </message>
    <message>
        <source>bad input (an unknown order, a malformed value); nothing was written</source>
        <translation>잘못된 입력 (알 수 없는 주문, 형식이 틀린 값), 아무것도 저장하지 않음</translation>
    </message>
    <message>
        <source>refused by a business rule; nothing was written</source>
        <translation>업무 규칙에 따라 거부됨, 아무것도 저장하지 않음</translation>
    </message>
    <message>
        <source>storage error (the database cannot be opened, read or written)</source>
        <translation>저장소 오류 (데이터베이스를 열거나 읽거나 쓸 수 없음)</translation>
    </message>
    <message>
        <source>partly done; what was not done is listed</source>
        <translation>일부만 처리됨, 처리하지 못한 것을 목록으로 보여 줌</translation>
    </message>
    <message>
        <source>a check found problems (they are listed)</source>
        <translation>검사에서 문제를 찾음 (문제를 목록으로 보여 줌)</translation>
    </message>
    <message>
        <source>set up a new store and its master account</source>
        <translation>새 스토어와 마스터 계정 만들기</translation>
    </message>
    <message>
        <source>--store NAME --business-no NNN-NN-NNNNN --master LOGIN [--master-name NAME] [--channels NAVER,KAKAO,TALK_CHECKOUT]</source>
        <translation>--store NAME --business-no NNN-NN-NNNNN --master LOGIN [--master-name NAME] [--channels NAVER,KAKAO,TALK_CHECKOUT]</translation>
    </message>
    <message>
        <source>Creates the store in a new or empty database (--db) with its 마스터 account. The password comes from SELLERDESK_PASSWORD or is asked for twice. When anything is refused, a database this command created is removed again.

  --store NAME          the store&apos;s name (상호)
  --business-no NUMBER  the business registration number (사업자등록번호), checked
  --master LOGIN        the master&apos;s login name
  --master-name NAME    the master&apos;s display name (default: the login)
  --channels LIST       the channels sold on, comma-separated (default: all)</source>
        <translation>새 데이터베이스나 빈 데이터베이스(--db)에 스토어와 마스터 계정을 만듭니다. 비밀번호는 SELLERDESK_PASSWORD에서 읽거나 두 번 입력받습니다. 하나라도 거부되면 이 명령으로 만든 데이터베이스는 다시 지웁니다.

  --store NAME          스토어 이름 (상호)
  --business-no NUMBER  사업자등록번호 (검증함)
  --master LOGIN        마스터의 로그인 아이디
  --master-name NAME    마스터의 표시 이름 (기본값: 로그인 아이디)
  --channels LIST       판매채널, 쉼표로 구분 (기본값: 전체)</translation>
    </message>
    <message>
        <source>list orders, newest payment first</source>
        <translation>주문 목록 (최근 결제 순)</translation>
    </message>
    <message>
        <source>[--status S] [--channel C] [--from DATE] [--to DATE] [--search TEXT] [--limit N]</source>
        <translation>[--status S] [--channel C] [--from DATE] [--to DATE] [--search TEXT] [--limit N]</translation>
    </message>
    <message>
        <source>Prints one line per order (tab-separated, with a header line), or a JSON array with --json. Buyer and recipient data are masked for roles that may not see them.

  --status S     NEW, CONFIRMED, SHIPPING, DELIVERED, DECIDED, CANCELED, RETURNED, EXCHANGED or
                 their labels (신규주문, 발송대기 ...); several with commas or --status again
  --channel C    NAVER, KAKAO or TALK_CHECKOUT
  --from DATE    paid on or after this day (YYYY-MM-DD, Seoul)
  --to DATE      paid on or before this day
  --search TEXT  a name, phone, product, order or tracking number
  --limit N      at most N orders (default 100; 0 lists all)</source>
        <translation>주문마다 한 줄씩 출력합니다(탭으로 구분, 첫 줄은 제목 행). --json이면 JSON 배열로 출력합니다. 구매자와 수취인 정보는 볼 권한이 없는 역할에게 가려서 보여 줍니다.

  --status S     NEW, CONFIRMED, SHIPPING, DELIVERED, DECIDED, CANCELED, RETURNED, EXCHANGED 또는
                 한글 이름(신규주문, 발송대기 ...). 여러 개는 쉼표로 구분하거나 --status를 한 번 더 씀
  --channel C    NAVER, KAKAO 또는 TALK_CHECKOUT
  --from DATE    이날부터 결제된 주문 (YYYY-MM-DD, 서울 기준)
  --to DATE      이날까지 결제된 주문
  --search TEXT  이름, 연락처, 상품명, 주문번호 또는 송장번호
  --limit N      최대 N건 (기본값 100, 0이면 전부)</translation>
    </message>
    <message>
        <source>one order with its history</source>
        <translation>주문 하나와 처리 이력</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Prints the order&apos;s fields and its history. ID is the product order number (상품주문번호). Buyer and recipient data are masked for roles that may not see them.</source>
        <translation>주문의 항목과 처리 이력을 출력합니다. ID는 상품주문번호입니다. 구매자와 수취인 정보는 볼 권한이 없는 역할에게 가려서 보여 줍니다.</translation>
    </message>
    <message>
        <source>confirm new orders (발주확인)</source>
        <translation>신규주문 발주확인</translation>
    </message>
    <message>
        <source>ID...</source>
        <translation>ID...</translation>
    </message>
    <message>
        <source>Confirms one or more NEW orders. All or nothing: when one order is refused, none is confirmed and each refusal is listed (exit 4 or 5). More than 1,000 orders are checked whole, then written 1,000 at a time; if another program changes one in between, the ones written stay written and the rest is listed (exit 7).</source>
        <translation>신규주문(NEW)을 하나 이상 발주확인합니다. 모두 처리되거나 하나도 처리되지 않습니다. 주문 하나라도 거부되면 아무것도 발주확인하지 않고, 거부된 주문마다 사유를 보여 줍니다(종료 코드 4 또는 5). 1,000건이 넘으면 먼저 전체를 확인한 뒤 1,000건씩 나누어 저장합니다. 그사이에 다른 프로그램이 주문을 바꾸면 이미 저장한 주문은 그대로 두고 나머지를 목록으로 보여 줍니다(종료 코드 7).</translation>
    </message>
    <message>
        <source>enter the tracking number (a new order is confirmed first)</source>
        <translation>송장번호 입력 (신규주문은 먼저 발주확인)</translation>
    </message>
    <message>
        <source>ID --courier CODE --tracking NO</source>
        <translation>ID --courier CODE --tracking NO</translation>
    </message>
    <message>
        <source>Records the shipment of one order: it moves to 배송중. A NEW order is confirmed first, as the marketplaces do.

  --courier CODE  a courier code (CJGLS, EPOST, HANJIN ...) or name (CJ대한통운)
  --tracking NO   the tracking number (hyphens and spaces are ignored); checked for the courier&apos;s shape, and refused when another checkout already uses it</source>
        <translation>주문 하나를 발송처리합니다. 주문은 배송중이 됩니다. 신규주문(NEW)은 마켓에서와 마찬가지로 먼저 발주확인합니다.

  --courier CODE  택배사 코드(CJGLS, EPOST, HANJIN ...) 또는 이름(CJ대한통운)
  --tracking NO   송장번호 (하이픈과 공백은 무시). 택배사의 송장번호 형식에 맞는지 확인하고, 다른 주문번호에서 이미 쓰는 번호면 거부</translation>
    </message>
    <message>
        <source>correct the courier or tracking number of a shipped order</source>
        <translation>발송한 주문의 택배사나 송장번호 수정</translation>
    </message>
    <message>
        <source>Replaces the courier and tracking number of an order that is already shipped; the old ones stay in its history.

  --courier CODE  a courier code (CJGLS, EPOST, HANJIN ...) or name (CJ대한통운)
  --tracking NO   the corrected tracking number</source>
        <translation>이미 발송한 주문의 택배사와 송장번호를 바꿉니다. 이전 택배사와 송장번호는 처리 이력에 남습니다.

  --courier CODE  택배사 코드(CJGLS, EPOST, HANJIN ...) 또는 이름(CJ대한통운)
  --tracking NO   고친 송장번호</translation>
    </message>
    <message>
        <source>mark orders as delivered</source>
        <translation>배송완료 처리</translation>
    </message>
    <message>
        <source>Marks one or more shipped orders as delivered. All or nothing, as for &quot;order confirm&quot;.</source>
        <translation>발송한 주문을 하나 이상 배송완료로 처리합니다. &quot;order confirm&quot;과 같이 모두 처리되거나 하나도 처리되지 않습니다.</translation>
    </message>
    <message>
        <source>send a delayed-dispatch notice with a new dispatch date</source>
        <translation>새 발송예정일로 발송지연 안내</translation>
    </message>
    <message>
        <source>purchase decision for orders delivered long enough ago</source>
        <translation>배송완료 후 기간이 지난 주문 자동 구매확정</translation>
    </message>
    <message>
        <source>Records the purchase decision for every order delivered at least the channel&apos;s number of days ago (설정), as the marketplaces do on their own. Needs the permission to process orders.</source>
        <translation>배송완료 후 판매채널별 일수(설정)가 지난 주문을 모두 구매확정합니다. 마켓에서 자동으로 구매확정하는 것과 같습니다. 주문 처리 권한이 필요합니다.</translation>
    </message>
    <message>
        <source>%1: %2% (%3 of %4)</source>
        <translation>%1: %2% (%4건 중 %3건)</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use one of %2.</source>
        <translation>알 수 없는 작업입니다: &quot;%1&quot;. %2 중에서 쓰세요.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 계정이 없습니다.</translation>
    </message>
    <message>
        <source>Showed %1 of %2 entries (use --limit 0 for all).</source>
        <translation>기록 %2건 중 %1건을 보여 줍니다(전부 보려면 --limit 0).</translation>
    </message>
    <message>
        <source>list the audit log, newest first (master only)</source>
        <translation>감사 로그 목록 (최근 순, 마스터 전용)</translation>
    </message>
    <message>
        <source>[--account LOGIN] [--action CODE] [--from DATE] [--to DATE] [--limit N]</source>
        <translation>[--account LOGIN] [--action CODE] [--from DATE] [--to DATE] [--limit N]</translation>
    </message>
    <message>
        <source>Prints every change and export the store recorded: time, user, action, object, before and after. One line per entry (tab-separated, with a header line), or a JSON array with --json (times in UTC, actions by code). Needs the master role.

  --account LOGIN  entries of this account only (--user names who runs the command)
  --action CODE    entries of one action: login, orders.confirm, setting.change, export ... (see --json output) or its label
  --from DATE      on or after this day (YYYY-MM-DD, Seoul)
  --to DATE        on or before this day
  --limit N        at most N entries (default 100; 0 lists all)</source>
        <translation>스토어에 기록된 모든 변경과 내보내기를 출력합니다: 일시, 사용자, 작업, 대상, 변경 전, 변경 후. 기록마다 한 줄씩 출력하거나(탭으로 구분, 첫 줄은 제목 행), --json이면 JSON 배열로 출력합니다(시각은 UTC, 작업은 코드로). 마스터 역할이 필요합니다.

  --account LOGIN  이 계정의 기록만 (명령을 실행하는 사용자는 --user로 지정)
  --action CODE    한 작업의 기록만: login, orders.confirm, setting.change, export ... (--json 출력 참고)
                   또는 한글 이름(로그인, 발주확인 ...)
  --from DATE      이날부터 (YYYY-MM-DD, 서울 기준)
  --to DATE        이날까지
  --limit N        최대 N건 (기본값 100, 0이면 전부)</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation>--out FILE 옵션으로 저장할 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>--format takes xlsx or csv.</source>
        <translation>--format에는 xlsx 또는 csv를 쓰세요.</translation>
    </message>
    <message>
        <source>--encoding takes utf8 or cp949.</source>
        <translation>--encoding에는 utf8 또는 cp949를 쓰세요.</translation>
    </message>
    <message>
        <source>--encoding is for CSV files; an Excel file needs none.</source>
        <translation>--encoding 옵션은 CSV 파일에만 씁니다. 엑셀 파일에는 필요하지 않습니다.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Exporting orders: %1% (%2 of %3)</source>
        <translation>주문을 내보내는 중: %1% (%3건 중 %2건)</translation>
    </message>
    <message>
        <source>write the orders to an Excel or CSV file</source>
        <translation>주문을 엑셀이나 CSV 파일로 내보내기</translation>
    </message>
    <message>
        <source>--out FILE [--format xlsx|csv] [--encoding utf8|cp949] [the filters of list orders]</source>
        <translation>--out FILE [--format xlsx|csv] [--encoding utf8|cp949] [list orders의 필터 옵션]</translation>
    </message>
    <message>
        <source>Writes the orders &quot;list orders&quot; would list (same filters, newest payment first) with every column, including what a courier&apos;s label system needs (recipient, phones, postcode, address, delivery message), masked for roles that may not see personal data. The file appears only when it is complete, and every export is in the audit log.

  --out FILE         the file to write
  --format F         xlsx or csv (default: from the file&apos;s extension)
  --encoding E       for CSV: utf8 (with a BOM, for Excel; the default) or cp949
  --status, --channel, --from, --to, --search   as for &quot;list orders&quot;</source>
        <translation>&quot;list orders&quot;에 나오는 주문을 같은 필터와 같은 순서(최근 결제 순)로, 모든 열을 담아 파일로 씁니다. 택배사 송장 출력 프로그램에 필요한 항목(수취인, 연락처, 우편번호, 주소, 배송메세지)도 들어 있으며, 개인정보를 볼 수 없는 역할에게는 가려서 씁니다. 파일은 끝까지 다 쓴 뒤에야 나타나고, 모든 내보내기는 감사 로그에 남습니다.

  --out FILE         저장할 파일
  --format F         xlsx 또는 csv (기본값: 파일 확장자에 따름)
  --encoding E       CSV 인코딩: utf8 (엑셀용 BOM 포함, 기본값) 또는 cp949
  --status, --channel, --from, --to, --search   &quot;list orders&quot;와 같음</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n orders to %1.</source>
        <translation>
            <numerusform>주문 %n건을 내보냈습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The environment variable %1 (--password-env) is not set.</source>
        <translation>환경 변수가 설정되어 있지 않습니다: %1 (--password-env)</translation>
    </message>
    <message>
        <source>Password of the file: </source>
        <translation>파일 비밀번호: </translation>
    </message>
    <message>
        <source>Name one file to read.</source>
        <translation>읽을 파일을 하나 지정하세요.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>Row %1: %2%3</source>
        <translation>%1행: %2%3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… 그 밖에 문제가 %n건 더 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing orders</source>
        <translation>주문을 가져오는 중</translation>
    </message>
    <message>
        <source>Profile: %1 (%2), header on row %3</source>
        <translation>프로필: %1 (%2), 제목 행: %3행</translation>
    </message>
    <message>
        <source>Some columns of this profile are unverified (seen in one public source only): check the result.</source>
        <translation>이 프로필의 일부 열은 검증되지 않았습니다(공개된 자료 한 곳에서만 확인). 가져온 결과를 확인하세요.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>새 주문: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>갱신: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>변경 없음: %1</translation>
    </message>
    <message>
        <source>Conflicts (not applied): %1</source>
        <translation>충돌 (적용 안 함): %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>시험 실행: 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing to change: the store already has this file&apos;s orders.</source>
        <translation>바꿀 것이 없습니다. 스토어에 이 파일의 주문이 이미 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n orders.</source>
        <translation>
            <numerusform>주문 %n건을 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>기본 제공</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>직접 만듦</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>미검증</translation>
    </message>
    <message>
        <source>Name one profile (sellerdesk-cli profile list shows them).</source>
        <translation>프로필을 하나 지정하세요(목록 보기: sellerdesk-cli profile list).</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>판매채널: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>There is no profile named %1 (sellerdesk-cli profile list shows them).</source>
        <translation>%1 프로필이 없습니다(목록 보기: sellerdesk-cli profile list).</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>형식: %1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>인코딩: %1</translation>
    </message>
    <message>
        <source>Encryption: %1</source>
        <translation>암호화: %1</translation>
    </message>
    <message>
        <source>Header (row %1): %2</source>
        <translation>제목 행(%1행): %2</translation>
    </message>
    <message>
        <source>Header: none found in the first %1 rows</source>
        <translation>제목 행: 처음 %1개 행에서 찾지 못함</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation>프로필: %1 (%2)</translation>
    </message>
    <message>
        <source>Profile: none matches; closest %1, missing %2</source>
        <translation>프로필: 맞는 프로필 없음 (가장 가까운 프로필: %1, 빠진 열: %2)</translation>
    </message>
    <message>
        <source>bring a marketplace&apos;s order download into the store</source>
        <translation>마켓에서 내려받은 주문 파일을 스토어로 가져오기</translation>
    </message>
    <message>
        <source>FILE [--channel C] [--profile NAME] [--password-env VAR] [--dry-run]</source>
        <translation>FILE [--channel C] [--profile NAME] [--password-env VAR] [--dry-run]</translation>
    </message>
    <message>
        <source>Reads an order file (Naver 발주발송관리 or 주문통합검색, Kakao 톡스토어 발주서, 톡체크아웃, or SellerDesk&apos;s own export) as .xlsx or CSV, recognises its layout from the header row, checks every row and then imports all of it or nothing. The same file twice changes nothing; a newer file updates what changed and records it in the order history; a row that would move an order backwards is a conflict, listed and left as the store has it. Any bad row: exit 4, the rows listed, nothing written.

  --channel C        the channel of every row: NAVER, KAKAO or TALK_CHECKOUT (any case) or its label
  --profile NAME     the column profile to use (sellerdesk-cli profile list)
  --password-env VAR the password of an encrypted file is in this environment variable
                     (otherwise it is asked for, without echo)
  --dry-run          check and report, write nothing</source>
        <translation>주문 파일(네이버 발주발송관리 또는 주문통합검색, 카카오 톡스토어 발주서, 톡체크아웃, 셀러데스크에서 내보낸 파일)을 .xlsx나 CSV 형식으로 읽어 제목 행으로 파일 구성을 알아내고, 모든 행을 확인한 뒤 전부 가져오거나 하나도 가져오지 않습니다. 같은 파일을 두 번 가져와도 바뀌는 것이 없고, 더 새로운 파일은 바뀐 내용만 갱신해 처리 이력에 남깁니다. 주문을 이전 상태로 되돌리게 되는 행은 충돌로 보고 목록으로 보여 주며, 그 주문은 스토어에 있는 그대로 둡니다. 잘못된 행이 하나라도 있으면 그 행들을 보여 주고 아무것도 저장하지 않습니다(종료 코드 4).

  --channel C        모든 행의 판매채널: NAVER, KAKAO 또는 TALK_CHECKOUT (대소문자 무관) 또는 한글 이름
  --profile NAME     사용할 열 프로필 (sellerdesk-cli profile list)
  --password-env VAR 암호화된 파일의 비밀번호가 들어 있는 환경 변수
                     (없으면 화면에 표시하지 않고 입력받음)
  --dry-run          확인하고 결과만 알려 줌, 아무것도 저장하지 않음</translation>
    </message>
    <message>
        <source>list the order-file column profiles</source>
        <translation>주문 파일의 열 프로필 목록</translation>
    </message>
    <message>
        <source>Lists the built-in column profiles and your own (saved by the mapping dialog): name, channel, whether some columns are unverified, title.</source>
        <translation>기본 제공 열 프로필과 직접 만든 프로필(열 지정 대화 상자에서 저장한 것)을 보여 줍니다: 이름, 판매채널, 검증되지 않은 열이 있는지, 제목.</translation>
    </message>
    <message>
        <source>show one column profile</source>
        <translation>열 프로필 하나 보기</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Shows a profile&apos;s columns: the header texts, the field each fills, whether the import needs it, and where it was learned (unverified: one weak source).</source>
        <translation>프로필의 열을 보여 줍니다: 열 이름, 각 열이 채우는 항목, 가져오기에 꼭 필요한지, 어디에서 확인한 것인지(미검증: 근거가 약한 자료 한 곳).</translation>
    </message>
    <message>
        <source>tell what a file to import is and which profile it matches</source>
        <translation>가져올 파일의 형식과 맞는 프로필 알아보기</translation>
    </message>
    <message>
        <source>FILE [--password-env VAR] [--json]</source>
        <translation>FILE [--password-env VAR] [--json]</translation>
    </message>
    <message>
        <source>Prints the format told from the bytes (csv with its encoding, xlsx, encrypted xlsx with agile or standard encryption, html, legacy xls), each sheet with its row and column counts, the header row found and the profile it matches, or the closest one and the columns it lacks. Needs no store or login and writes nothing. Exit 0 when the file could be read, 4 when not.

  --password-env VAR the password of an encrypted file is in this environment variable
  --json             keys format, encryption, encoding, sheets (name, rows, columns), header, profile</source>
        <translation>파일 이름이 아니라 내용(바이트)으로 판별한 형식(csv와 그 인코딩, xlsx, agile 또는 standard 방식으로 암호화된 xlsx, html, 예전 xls), 시트마다 행 수와 열 수, 찾은 제목 행과 그에 맞는 프로필을 출력합니다. 맞는 프로필이 없으면 가장 가까운 프로필과 파일에 빠진 열을 출력합니다. 스토어도 로그인도 필요 없고 아무것도 저장하지 않습니다. 파일을 읽을 수 있으면 종료 코드 0, 읽을 수 없으면 4로 끝납니다.

  --password-env VAR 암호화된 파일의 비밀번호가 들어 있는 환경 변수
  --json             키: format, encryption, encoding, sheets (name, rows, columns), header, profile</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>CSV 텍스트</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>엑셀 통합 문서(.xlsx)</translation>
    </message>
    <message>
        <source>password-protected Excel workbook (.xlsx)</source>
        <translation>비밀번호로 보호된 엑셀 통합 문서(.xlsx)</translation>
    </message>
    <message>
        <source>old Excel workbook (.xls, Excel 97-2003)</source>
        <translation>예전 엑셀 통합 문서(.xls, Excel 97-2003)</translation>
    </message>
    <message>
        <source>web page (HTML) with a table</source>
        <translation>표가 든 웹 페이지(HTML)</translation>
    </message>
    <message>
        <source>Office file that is not a readable workbook</source>
        <translation>읽을 수 있는 통합 문서가 아닌 Office 파일</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>빈 파일</translation>
    </message>
    <message>
        <source>only blank space</source>
        <translation>공백뿐인 파일</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>agile (ECMA-376, AES)</source>
        <translation>agile (ECMA-376, AES)</translation>
    </message>
    <message>
        <source>standard (ECMA-376, AES-ECB)</source>
        <translation>standard (ECMA-376, AES-ECB)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;: %2, %3</source>
        <translation>시트 &quot;%1&quot;: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n행</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n열</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>발송처리</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n orders awaiting dispatch to %1.</source>
        <translation>
            <numerusform>발송할 주문 %n건을 저장했습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>write the orders awaiting dispatch as a bulk upload file to fill in</source>
        <translation>발송할 주문을 송장 입력용 일괄발송 파일로 내보내기</translation>
    </message>
    <message>
        <source>--out FILE [--format xlsx|csv]</source>
        <translation>--out FILE [--format xlsx|csv]</translation>
    </message>
    <message>
        <source>Writes every order awaiting dispatch (신규주문 and 발송대기) in the layout of the marketplaces&apos; bulk dispatch upload: 상품주문번호, 배송방법, 택배사, 송장번호, the orders of one 주문번호 next to each other, courier and tracking number empty unless the order already has them. Fill them in (in Excel) and run &quot;import dispatch&quot; on the file. It holds no buyer data; it is in the audit log like every export.

  --out FILE   the file to write
  --format F   xlsx or csv (UTF-8 with a BOM); default: from the file&apos;s extension, else xlsx</source>
        <translation>발송할 주문(신규주문과 발송대기)을 모두 마켓의 엑셀 일괄발송 양식(상품주문번호, 배송방법, 택배사, 송장번호)으로 씁니다. 같은 주문번호의 주문은 나란히 쓰고, 택배사와 송장번호는 주문에 이미 있을 때만 채웁니다. (엑셀에서) 빈칸을 채운 뒤 그 파일로 &quot;import dispatch&quot; 명령을 실행하세요. 구매자 정보는 들어 있지 않으며, 다른 내보내기와 마찬가지로 감사 로그에 남습니다.

  --out FILE   저장할 파일
  --format F   xlsx 또는 csv (BOM 포함 UTF-8). 기본값: 파일 확장자에 따름, 확장자가 없으면 xlsx</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>파일을 확인하는 중</translation>
    </message>
    <message>
        <source>--result takes a file ending in .xlsx or .csv.</source>
        <translation>--result에는 .xlsx나 .csv로 끝나는 파일 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>Importing tracking numbers</source>
        <translation>송장을 가져오는 중</translation>
    </message>
    <message numerus="yes">
        <source>The %n rows not applied are in %1.</source>
        <translation>
            <numerusform>적용하지 않은 %n개 행은 이 파일에 있습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>dispatch orders from a bulk upload file of tracking numbers</source>
        <translation>송장번호 일괄발송 파일로 주문 발송처리</translation>
    </message>
    <message>
        <source>FILE [--result FILE] [--skip-bad] [--dry-run] [--password-env VAR]</source>
        <translation>FILE [--result FILE] [--skip-bad] [--dry-run] [--password-env VAR]</translation>
    </message>
    <message>
        <source>Reads the marketplaces&apos; bulk dispatch upload (엑셀 일괄발송: 상품주문번호, 배송방법, 택배사, 송장번호) as .xlsx or CSV, or the template &quot;export dispatch-template&quot; writes, and dispatches each order with its courier and tracking number (a new order is confirmed first). Orders of one 주문번호 may share one tracking number. The same file twice changes nothing.
All or nothing by default: any bad row (a problem in the file, no such order, a tracking number of the wrong shape or used by another checkout) and nothing is written, exit 4, every bad row listed.

  --skip-bad         apply the rows that can be applied and leave the bad ones, as the marketplaces do: exit 0 when there were none, 7 (partly done: the rows in the result file were not applied) when there were
  --result FILE      write the rows not applied, in the upload layout plus an 오류 column with the reason, to FILE (.xlsx or .csv); correct them there and import the file again
  --dry-run          check every row and report, write nothing to the store (the result file is still written)
  --password-env VAR the password of an encrypted file is in this environment variable
                     (otherwise it is asked for, without echo)</source>
        <translation>마켓의 엑셀 일괄발송 파일(상품주문번호, 배송방법, 택배사, 송장번호)이나 &quot;export dispatch-template&quot; 명령으로 만든 템플릿을 .xlsx 또는 CSV 형식으로 읽어, 주문마다 적힌 택배사와 송장번호로 발송처리합니다(신규주문은 먼저 발주확인). 같은 주문번호의 주문은 송장번호 하나를 함께 쓸 수 있습니다. 같은 파일을 두 번 가져와도 바뀌는 것이 없습니다.
기본적으로 모두 처리되거나 하나도 처리되지 않습니다. 잘못된 행(파일의 문제, 없는 주문, 형식이 틀리거나 다른 주문번호에서 이미 쓰는 송장번호)이 하나라도 있으면 아무것도 저장하지 않고, 잘못된 행을 모두 보여 줍니다(종료 코드 4).

  --skip-bad         마켓에서처럼 적용할 수 있는 행만 적용하고 잘못된 행은 남겨 둠. 잘못된 행이 없었으면 종료 코드 0, 있었으면 7 (일부만 처리됨: 결과 파일에 있는 행은 적용하지 않음)
  --result FILE      적용하지 않은 행을 업로드 양식 그대로, 사유를 적은 오류 열을 더해 FILE(.xlsx 또는 .csv)에 저장. 그 파일에서 고친 뒤 다시 가져오면 됨
  --dry-run          모든 행을 확인하고 결과만 알려 줌, 스토어에는 아무것도 저장하지 않음 (결과 파일은 저장함)
  --password-env VAR 암호화된 파일의 비밀번호가 들어 있는 환경 변수
                     (없으면 화면에 표시하지 않고 입력받음)</translation>
    </message>
    <message>
        <source>--out: name the file .xlsx or .csv (&quot;%1&quot; would not open as what it is).</source>
        <translation>--out: 파일 이름은 .xlsx나 .csv로 끝나야 합니다(&quot;%1&quot; 파일은 내용과 다른 형식으로 열립니다).</translation>
    </message>
    <message>
        <source>--format %1 does not match the file&apos;s name %2.</source>
        <translation>--format %1 값이 파일 이름(%2)과 맞지 않습니다.</translation>
    </message>
    <message>
        <source>--result names the file being imported; choose another file, so the upload is kept.</source>
        <translation>--result에 가져오는 파일 자체를 지정했습니다. 올린 파일이 지워지지 않도록 다른 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>--db: %1 is a folder, not a store database; name the store&apos;s file (for example %2).</source>
        <translation>--db: 폴더를 지정했습니다(%1). 스토어 데이터베이스 파일을 지정하세요(예: %2).</translation>
    </message>
    <message>
        <source>--%1: name the file to write.</source>
        <translation>--%1: 저장할 파일 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>--%1: %2 is a folder; name a file in it.</source>
        <translation>--%1: 폴더를 지정했습니다(%2). 그 안의 파일 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>--%1: the folder %2 does not exist; create it first, or name a file in an existing folder.</source>
        <translation>--%1: 폴더가 없습니다(%2). 먼저 폴더를 만들거나 이미 있는 폴더의 파일 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>--out: name the backup file .sdbackup (&quot;%1&quot; would not open as what it is).</source>
        <translation>--out: 백업 파일 이름은 .sdbackup으로 끝나야 합니다(&quot;%1&quot; 파일 이름으로는 백업 파일로 열 수 없습니다).</translation>
    </message>
    <message>
        <source>This file is protected with a password, and there is no terminal to ask for it: put the password in an environment variable and name it with --password-env VAR.</source>
        <translation>이 파일은 비밀번호로 보호되어 있는데 비밀번호를 물어볼 터미널이 없습니다. 비밀번호를 환경 변수에 넣고 --password-env 변수이름으로 지정하세요.</translation>
    </message>
    <message>
        <source>Table: %1, %2</source>
        <translation>표: %1, %2</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (.ods)</source>
        <translation>OpenDocument 스프레드시트(.ods)</translation>
    </message>
    <message>
        <source>Excel binary workbook (.xlsb)</source>
        <translation>Excel 바이너리 통합 문서(.xlsb)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>그림 파일</translation>
    </message>
    <message>
        <source>correction: the marketplace already decided the purchase (구매확정)</source>
        <translation>정정: 마켓에서 이미 구매확정된 주문</translation>
    </message>
    <message>
        <source>A correction, not a daily action: records that the marketplace has already decided the purchase (the buyer, or the marketplace&apos;s automatic rule) of one or more shipped or delivered orders whose order file has not said so yet. Purchases are decided by the buyer or automatically (&quot;order auto-decide&quot;), never by the seller. Recorded as a correction in the history and the audit log (orders.correct-decision). All or nothing, as for &quot;order confirm&quot;.</source>
        <translation>일상 작업이 아닌 정정입니다: 배송중이거나 배송완료된 주문 가운데 마켓에서 이미 구매확정되었지만(구매자 또는 마켓의 자동 확정) 주문 파일에는 아직 반영되지 않은 주문을 구매확정으로 기록합니다. 구매확정은 구매자가 하거나 자동으로 이루어지며(&quot;order auto-decide&quot;), 판매자가 하지 않습니다. 처리 이력과 감사 로그에 정정으로 기록됩니다(orders.correct-decision). &quot;order confirm&quot;과 같이 전부 처리되거나 아무것도 처리되지 않습니다.</translation>
    </message>
    <message>
        <source>ID... --until DATE --reason CODE --detail TEXT</source>
        <translation>ID... --until 날짜 --reason 코드 --detail 내용</translation>
    </message>
    <message>
        <source>Moves the dispatch due date of orders not yet shipped (발송지연 안내).

  --until DATE   the new dispatch date, YYYY-MM-DD (Seoul): later than the current one, at most 90 days ahead (설정 › 기한)
  --reason CODE  PRODUCT_PREPARE, CUSTOMER_REQUEST, CUSTOM_BUILD, RESERVED_DISPATCH, OVERSEA_DELIVERY, ETC or their labels
  --detail TEXT  what the buyer is told, one line of at most 200 characters (required)

Naver takes one notice per order; a second one is refused. For 카카오 톡스토어 and 톡체크아웃 the limit is not documented: it is a setting (delay.max_notices.KAKAO, delay.max_notices.TALK_CHECKOUT; default 1, 0 = no limit).</source>
        <translation>아직 발송하지 않은 주문의 발송기한을 미룹니다(발송지연 안내).

  --until DATE   새 발송예정일, YYYY-MM-DD (서울 기준). 현재 기한보다 늦어야 하고 최대 90일 뒤까지 (설정 › 기한)
  --reason CODE  PRODUCT_PREPARE, CUSTOMER_REQUEST, CUSTOM_BUILD, RESERVED_DISPATCH, OVERSEA_DELIVERY, ETC 또는 한글 이름
  --detail TEXT  구매자에게 안내할 내용, 200자 이내의 한 줄 (필수)

네이버는 주문마다 한 번만 안내할 수 있어 두 번째 안내는 거절됩니다. 카카오 톡스토어와 톡체크아웃은 횟수 제한이 공개되지 않아 설정으로 둡니다(delay.max_notices.KAKAO, delay.max_notices.TALK_CHECKOUT; 기본값 1, 0이면 제한 없음).</translation>
    </message>
</context>
<context>
    <name>sd::ColumnFilterDialog</name>
    <message>
        <source>Filter: %1</source>
        <translation>필터: %1</translation>
    </message>
    <message>
        <source>Show rows whose %1 is one of the checked values:</source>
        <translation>%1 값이 체크한 값 중 하나인 행만 보기:</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <source>Check none</source>
        <translation>모두 해제</translation>
    </message>
    <message>
        <source>Counting the values…</source>
        <translation>값을 세는 중…</translation>
    </message>
    <message>
        <source>any</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>Show rows whose %1 contains:</source>
        <translation>%1 값에 다음이 들어 있는 행만 보기:</translation>
    </message>
    <message>
        <source>Remove filter</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(빈 값)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n most frequent values are listed.</source>
        <translation>
            <numerusform>가장 많은 값 %n개만 보여 줍니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ColumnMappingDialog</name>
    <message>
        <source>Map the columns of %1</source>
        <translation>열 지정: %1</translation>
    </message>
    <message>
        <source>SellerDesk does not know the layout of this file. Choose which column holds each field (the ones marked * are needed); the answer is saved as a profile under a name and used for files of this layout from now on.</source>
        <translation>셀러데스크가 모르는 구성의 파일입니다. 항목마다 어느 열에 들어 있는지 고르세요(* 표시는 필수 항목). 고른 내용은 이름을 붙여 프로필로 저장되고, 앞으로 같은 구성의 파일에 쓰입니다.</translation>
    </message>
    <message>
        <source>Header on row</source>
        <translation>제목 행 번호</translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation>(미검증)</translation>
    </message>
    <message>
        <source>The closest profile knows this column from one public source only: %1</source>
        <translation>가장 가까운 프로필에서 이 열은 공개된 자료 한 곳에서만 확인한 것입니다: %1</translation>
    </message>
    <message>
        <source>Named in the file&apos;s channel column</source>
        <translation>파일의 판매채널 열에 적힌 값</translation>
    </message>
    <message>
        <source>Channel of the orders</source>
        <translation>주문의 판매채널</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>프로필 이름</translation>
    </message>
    <message>
        <source>Save and check</source>
        <translation>저장하고 확인</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(파일에 없음)</translation>
    </message>
    <message>
        <source>Preselected from the closest profile, %1. Columns it needs that this file lacks: %2.</source>
        <translation>가장 가까운 프로필(%1)에 따라 미리 골라 두었습니다. 이 파일에 없는 필수 열: %2.</translation>
    </message>
</context>
<context>
    <name>sd::ColumnMenu</name>
    <message>
        <source>Reset &amp;columns</source>
        <translation>열 배치 기본값으로(&amp;C)</translation>
    </message>
</context>
<context>
    <name>sd::CompoundFile</name>
    <message>
        <source>The file looks like an Office file, but its contents are damaged or incomplete. Download or save it again, then import it again.</source>
        <translation>Office 파일로 보이지만 내용이 손상되었거나 불완전합니다. 파일을 다시 내려받거나 다시 저장한 뒤 다시 가져오세요.</translation>
    </message>
</context>
<context>
    <name>sd::Courier</name>
    <message>
        <source>%1 or %2</source>
        <extracomment>joins the allowed digit counts of a tracking number, e.g. &quot;10, 12 or 13&quot;</extracomment>
        <translation>%1 또는 %2</translation>
    </message>
    <message>
        <source>Enter a tracking number.</source>
        <translation>송장번호를 입력하세요.</translation>
    </message>
    <message>
        <source>A %1 tracking number may contain only letters and digits.</source>
        <translation>%1 송장번호에는 영문자와 숫자만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>A %1 tracking number may contain only digits.</source>
        <translation>%1 송장번호에는 숫자만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>A %1 tracking number must be %2 digits.</source>
        <translation>%1 송장번호는 %2자리 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>A %1 tracking number must be %2 to %3 letters or digits.</source>
        <translation>%1 송장번호는 %2~%3자리 영문자 또는 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>A %1 tracking number must be %2 to %3 digits.</source>
        <translation>%1 송장번호는 %2~%3자리 숫자여야 합니다.</translation>
    </message>
</context>
<context>
    <name>sd::CsvReader</name>
    <message>
        <source>The file is neither UTF-8 nor CP949 text. Save it from Excel as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>UTF-8도 CP949도 아닌 텍스트 파일입니다. 엑셀에서 &quot;CSV UTF-8&quot; 형식으로 저장한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>The file is not UTF-8, and this system cannot read CP949 (Korean Windows) text. Save it from Excel as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>UTF-8 파일이 아니고, 이 시스템은 CP949(한국어 Windows) 텍스트를 읽을 수 없습니다. 엑셀에서 &quot;CSV UTF-8&quot; 형식으로 저장한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>The CSV file ends inside a quoted cell that starts on row %1. Check that every opening quote (&quot;) has a closing one.</source>
        <translation>CSV 파일이 %1행에서 시작한 따옴표 셀 안에서 끝납니다. 여는 따옴표(&quot;)마다 닫는 따옴표가 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a character: it was cut short (a download or a copy that did not finish). Download or save it again and import the new file.</source>
        <translation>파일이 글자 중간에서 끝납니다. 내려받기나 복사가 끝나지 않아 잘린 파일입니다. 다시 내려받거나 저장한 뒤 새 파일을 가져오세요.</translation>
    </message>
</context>
<context>
    <name>sd::Database</name>
    <message>
        <source>This database was made by a newer version of SellerDesk (schema %1, this program knows %2). Please update SellerDesk.</source>
        <translation>이 데이터베이스는 더 새로운 버전의 셀러데스크에서 만들어졌습니다(스키마 %1, 이 프로그램은 %2까지 지원). 셀러데스크를 업데이트하세요.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>프로그램에 데이터베이스 변경 파일이 없습니다: %1</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check; nothing was changed.</source>
        <translation>백업 사본이 무결성 검사를 통과하지 못했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The backup could not be saved as %1.</source>
        <translation>백업을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The database setting &quot;%1&quot; could not be applied (got &quot;%2&quot;).</source>
        <translation>데이터베이스 설정을 적용할 수 없습니다: &quot;%1&quot;(현재 값 &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 is not a SellerDesk store.</source>
        <translation>셀러데스크 스토어 파일이 아닙니다: %1</translation>
    </message>
    <message>
        <source>The file %1 cannot be created.</source>
        <translation>파일을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>백업 파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database.</source>
        <translation>데이터베이스로 읽을 수 없는 파일입니다: %1</translation>
    </message>
    <message>
        <source>%1 is damaged (its integrity check failed).</source>
        <translation>파일이 손상되었습니다(무결성 검사 실패): %1</translation>
    </message>
    <message>
        <source>The store could not be written.</source>
        <translation>스토어에 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened.</source>
        <translation>스토어를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Updating the store to version %1 failed; it stays at version %2.</source>
        <translation>스토어를 %1 버전으로 업데이트하지 못했습니다. 스토어는 %2 버전 그대로입니다.</translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>백업 파일을 쓰지 못했습니다.</translation>
    </message>
    <message>
        <source>The store is busy or cannot be written; nothing was changed.</source>
        <translation>스토어가 사용 중이거나 쓸 수 없어 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Saving failed; nothing was changed.</source>
        <translation>저장에 실패해 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The store could not be read or written; nothing was changed.</source>
        <translation>스토어를 읽거나 쓰지 못해 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The order %1 is no longer in the store.</source>
        <translation>상품주문번호 %1에 해당하는 주문이 더 이상 스토어에 없습니다.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>%1 파일을 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>sd::DeadlineCounter</name>
    <message>
        <source>Due today</source>
        <translation>오늘 발송 마감</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>Delay notice sent</source>
        <translation>발송지연 안내 중</translation>
    </message>
</context>
<context>
    <name>sd::DeadlineCounterBar</name>
    <message>
        <source>New and confirmed orders whose dispatch deadline is today</source>
        <translation>발송기한이 오늘인 신규주문과 발송대기 주문</translation>
    </message>
    <message>
        <source>New and confirmed orders whose dispatch deadline has passed</source>
        <translation>발송기한이 지난 신규주문과 발송대기 주문</translation>
    </message>
    <message>
        <source>Orders with a delayed-dispatch notice sent that are not dispatched yet</source>
        <translation>발송지연 안내를 보냈고 아직 발송하지 않은 주문</translation>
    </message>
</context>
<context>
    <name>sd::DeadlineRisk</name>
    <message>
        <source>Due soon</source>
        <translation>기한 임박</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>오늘 마감</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>내일</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>임박</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>초과</translation>
    </message>
</context>
<context>
    <name>sd::DelayDialog</name>
    <message>
        <source>Delayed dispatch notice</source>
        <translation>발송지연 안내</translation>
    </message>
    <message>
        <source>New &amp;dispatch date</source>
        <translation>새 발송예정일(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>지연 사유(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>The buyer is told the new dispatch date. A delay notice is recorded against the dispatch deadline of %n orders.</source>
        <translation>
            <numerusform>구매자에게 새 발송예정일이 안내됩니다. 주문 %n건의 발송기한에 발송지연 안내가 기록됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send notice</source>
        <translation>안내하기</translation>
    </message>
    <message>
        <source>D&amp;etail (required)</source>
        <translation>상세 사유(필수)(&amp;E)</translation>
    </message>
    <message>
        <source>How often a notice may be sent:</source>
        <translation>안내를 보낼 수 있는 횟수:</translation>
    </message>
    <message>
        <source>Required: what the buyer reads, e.g. the restock date</source>
        <translation>필수: 구매자에게 보이는 내용 (예: 재입고 날짜)</translation>
    </message>
</context>
<context>
    <name>sd::DelayReason</name>
    <message>
        <source>Preparing the product</source>
        <translation>상품 준비 중</translation>
    </message>
    <message>
        <source>Customer request</source>
        <translation>고객 요청</translation>
    </message>
    <message>
        <source>Made to order</source>
        <translation>주문 제작</translation>
    </message>
    <message>
        <source>Scheduled dispatch</source>
        <translation>예약 발송</translation>
    </message>
    <message>
        <source>Overseas delivery</source>
        <translation>해외 배송</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>%1: no limit on delay notices</source>
        <translation>%1: 발송지연 안내 횟수 제한 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n delay notice(s) per order</source>
        <translation>
            <numerusform>%1: 주문당 발송지연 안내 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source> (uncertain; set in Settings)</source>
        <translation> (불확실: 설정에서 바꿀 수 있음)</translation>
    </message>
    <message numerus="yes">
        <source>%1 allows %n delay notice(s) per order; this order has had that many already.</source>
        <translation>
            <numerusform>%1에서는 주문당 발송지연 안내를 %n회까지 보낼 수 있는데, 이 주문은 이미 그만큼 보냈습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::DemoStore</name>
    <message>
        <source>Only the store&apos;s master may add demo data.</source>
        <translation>데모 데이터는 스토어 마스터만 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>The number of demo orders must be between 0 and %1.</source>
        <translation>데모 주문 수는 0부터 %1까지여야 합니다.</translation>
    </message>
    <message>
        <source>The demo data could not be saved. The batches saved before the failure are complete.</source>
        <translation>데모 데이터를 저장하지 못했습니다. 실패하기 전에 저장한 묶음은 빠짐없이 저장되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>sd::DispatchCellDelegate</name>
    <message>
        <source>Courier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>송장번호</translation>
    </message>
</context>
<context>
    <name>sd::DispatchDialog</name>
    <message>
        <source>Enter tracking numbers</source>
        <translation>송장 입력</translation>
    </message>
    <message>
        <source>&amp;Courier</source>
        <translation>택배사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation>송장번호(&amp;T)</translation>
    </message>
    <message>
        <source>Change tracking number</source>
        <translation>송장 수정</translation>
    </message>
    <message>
        <source>Enter tracking number</source>
        <translation>송장 입력</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>발송처리</translation>
    </message>
    <message>
        <source>Digits only; hyphens are removed</source>
        <translation>숫자만 입력 (하이픈은 자동 제거)</translation>
    </message>
    <message numerus="yes">
        <source>Change the courier or tracking number of %n orders.</source>
        <translation>
            <numerusform>주문 %n건의 택배사 또는 송장번호를 수정합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter a tracking number for each order. Rows left empty are skipped. Enter moves to the next row.</source>
        <translation>
            <numerusform>주문마다 송장번호를 입력하세요(%n건). 비워 둔 행은 건너뜁니다. Enter 키로 다음 행으로 이동합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Product order no.</source>
        <translation>상품주문번호</translation>
    </message>
    <message>
        <source>Product / recipient</source>
        <translation>상품 / 수취인</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>송장번호</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Enter at least one tracking number.</source>
        <translation>송장번호를 하나 이상 입력하세요.</translation>
    </message>
    <message>
        <source>Fix the marked rows, or empty their tracking number to skip them.</source>
        <translation>표시된 행을 고치거나, 송장번호를 비워 건너뛰세요.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 ready, %2 refused, %3 skipped (left blank); nothing was changed.</source>
        <translation>처리 가능 %1건, 거부 %2건, 건너뜀 %3건(빈 칸). 아직 아무것도 바뀌지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>sd::DispatchImportFlow</name>
    <message>
        <source>Import tracking numbers</source>
        <translation>송장 일괄 가져오기</translation>
    </message>
    <message numerus="yes">
        <source>Imported tracking numbers: %n orders dispatched</source>
        <translation>
            <numerusform>송장 일괄 가져오기: 주문 %n건 발송처리</numerusform>
        </translation>
    </message>
    <message>
        <source>Product order no.</source>
        <translation>상품주문번호</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n개 행</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will be changed until the file is corrected.</source>
        <translation>파일을 고치기 전에는 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Enter the password you set when you downloaded it:</source>
        <translation>%1 파일은 비밀번호로 보호되어 있습니다. 파일을 내려받을 때 설정한 비밀번호를 입력하세요:</translation>
    </message>
    <message>
        <source>%1-errors</source>
        <translation>%1-오류</translation>
    </message>
    <message>
        <source>Save the rows with errors</source>
        <translation>오류 행 저장</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (UTF-8) (*.csv)</source>
        <translation>엑셀 통합 문서 (*.xlsx);;엑셀용 CSV (UTF-8) (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rows with their errors to %1. Correct them there and import the file again.</source>
        <translation>
            <numerusform>오류가 있는 행 %n개를 오류 내용과 함께 %1 파일에 저장했습니다. 그 파일에서 고친 뒤 다시 가져오세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dispatch the %n applicable orders</source>
        <translation>
            <numerusform>적용 가능한 %n건 발송처리</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the rows with errors…</source>
        <translation>오류 행 저장…</translation>
    </message>
    <message numerus="yes">
        <source>Imported tracking numbers: %n orders dispatched; the rows with errors were not applied</source>
        <translation>
            <numerusform>송장 일괄 가져오기: 주문 %n건 발송처리, 오류가 있는 행은 적용하지 않음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::DispatchImportService</name>
    <message>
        <source>Your role (%1) may not import tracking numbers.</source>
        <translation>현재 역할(%1)로는 송장을 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>%1행</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows with problems.</source>
        <translation>
            <numerusform>… 그 밖에 문제가 있는 행이 %n개 더 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows cannot be applied; nothing was changed.</source>
        <translation>
            <numerusform>적용할 수 없는 행이 %n개 있어 아무것도 바뀌지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select at most %1 orders for a dispatch template, or none for every order awaiting dispatch.</source>
        <translation>발송 템플릿에 넣을 주문은 최대 %1건까지 고르세요. 하나도 고르지 않으면 발송할 주문이 모두 들어갑니다.</translation>
    </message>
    <message>
        <source>Partly done: %1 of %2 rows were dispatched, %3 already were; the %4 rows with problems were not.</source>
        <translation>일부만 처리했습니다: 전체 %2개 행 중 %1개 행을 발송처리했고 %3개 행은 이미 발송처리되어 있었습니다. 문제가 있는 %4개 행은 처리하지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing new was dispatched: %1 of %2 rows already were; the %3 rows with problems were not.</source>
        <translation>새로 발송처리한 주문은 없습니다: 전체 %2개 행 중 %1개 행은 이미 발송처리되어 있었고, 문제가 있는 %3개 행은 처리하지 않았습니다.</translation>
    </message>
    <message>
        <source>Give the result file a name ending in .xlsx or .csv: %1</source>
        <translation>결과 파일 이름은 .xlsx나 .csv로 끝나야 합니다: %1</translation>
    </message>
</context>
<context>
    <name>sd::DispatchUpload</name>
    <message>
        <source>No header row found: one of the first %1 rows must name the columns %2, %3 and %4.</source>
        <translation>제목 행을 찾지 못했습니다: 처음 %1개 행 중 하나에 %2, %3, %4 열 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>The header row (row %1) has no %2 column.</source>
        <translation>제목 행(%1행)에 %2 열이 없습니다.</translation>
    </message>
    <message>
        <source>The file has no orders under its header row (row %1).</source>
        <translation>제목 행(%1행) 아래에 주문이 없습니다.</translation>
    </message>
    <message>
        <source>The delivery method &quot;%1&quot; is not supported. Only %2 rows can be dispatched from a file.</source>
        <translation>지원하지 않는 배송방법입니다(&quot;%1&quot;). 파일로는 %2 행만 발송처리할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 칸이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The courier &quot;%1&quot; is not known. Write it as Naver names it (for example %2) or as its code (%3).</source>
        <translation>알 수 없는 택배사 &quot;%1&quot;입니다. 네이버 표기(예: %2)나 택배사 코드(%3)로 적어 주세요.</translation>
    </message>
    <message>
        <source>%1 %2 is also given with a different courier or tracking number on row %3 of the uploaded file.</source>
        <translation>같은 %1 %2 주문이 올린 파일의 %3행에도 있는데 택배사나 송장번호가 다릅니다.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not write %1 (is the disk full or the folder read-only?).</source>
        <translation>%1 파일을 쓰지 못했습니다. 디스크 공간이 부족하거나 폴더에 쓸 권한이 없는지 확인하세요.</translation>
    </message>
    <message>
        <source>Could not write %1: choose an .xlsx or .csv file.</source>
        <translation>%1 파일을 쓰지 못했습니다. .xlsx 또는 .csv 파일을 고르세요.</translation>
    </message>
</context>
<context>
    <name>sd::ExportAudit</name>
    <message>
        <source>Your role (%1) may not export this data.</source>
        <translation>현재 역할(%1)로는 이 데이터를 내보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>The export could not be recorded, so no file was written.</source>
        <translation>내보내기 기록을 남기지 못해 파일을 만들지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>sd::ExportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>sd::ExportService</name>
    <message>
        <source>The list has no column &quot;%1&quot;.</source>
        <translation>목록에 &quot;%1&quot; 열이 없습니다.</translation>
    </message>
    <message>
        <source>This system cannot write CP949 text; choose CSV (UTF-8).</source>
        <translation>이 시스템에서는 CP949 텍스트를 쓸 수 없습니다. CSV (UTF-8)를 선택하세요.</translation>
    </message>
    <message>
        <source>Name the file to export to.</source>
        <translation>내보낼 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>Cannot export to %1: choose a file in an existing folder.</source>
        <translation>%1 파일로 내보낼 수 없습니다. 이미 있는 폴더 안의 파일을 고르세요.</translation>
    </message>
    <message>
        <source>Your role (%1) may not export personal data (it needs the permission &quot;%2&quot;).</source>
        <translation>현재 역할(%1)로는 개인정보를 내보낼 수 없습니다(필요한 권한: %2).</translation>
    </message>
    <message>
        <source>This list cannot be exported.</source>
        <translation>이 목록은 내보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>The store could not be read, so nothing was exported.</source>
        <translation>스토어를 읽지 못해 아무것도 내보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The rows could not be read, so no file was written.</source>
        <translation>행을 읽지 못해 파일을 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>내보내기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Some characters (emoji, rare Hanja or symbols) cannot be written in CP949. Choose CSV (UTF-8) or Excel instead.</source>
        <translation>일부 문자(이모지, 드문 한자나 기호)는 CP949로 저장할 수 없습니다. CSV (UTF-8)나 엑셀 형식을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 could not be written (is the disk full or the folder read-only?), so nothing was exported.</source>
        <translation>%1 파일을 쓰지 못해 아무것도 내보내지 않았습니다. 디스크 공간이 부족하거나 폴더에 쓸 권한이 없는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>sd::FileFormat</name>
    <message>
        <source>The file is empty (it holds no data at all).</source>
        <translation>빈 파일입니다(내용이 전혀 없습니다).</translation>
    </message>
    <message>
        <source>The file holds only spaces and blank lines: there is no table in it. Check that you chose the right file.</source>
        <translation>파일에 공백과 빈 줄만 있고 표가 없습니다. 올바른 파일을 골랐는지 확인하세요.</translation>
    </message>
    <message>
        <source>This file is protected with a password. Enter the password you set when you downloaded it.</source>
        <translation>비밀번호로 보호된 파일입니다. 파일을 내려받을 때 설정한 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>This file is an old Excel workbook (.xls, Excel 97-2003), which SellerDesk does not read. Open it in Excel, choose File &gt; Save As with the type &quot;Excel Workbook (*.xlsx)&quot;, then import the new file.</source>
        <translation>셀러데스크가 읽지 못하는 예전 엑셀 통합 문서(.xls, Excel 97-2003)입니다. 엑셀에서 파일을 열고 파일 &gt; 다른 이름으로 저장에서 파일 형식을 &quot;Excel 통합 문서(*.xlsx)&quot;로 골라 저장한 뒤, 새로 저장한 파일을 가져오세요.</translation>
    </message>
    <message>
        <source>This file is an Office file SellerDesk cannot read: it is damaged, or it is not a workbook (a Word or PowerPoint file). Open it in Excel, save it as .xlsx, then import it again.</source>
        <translation>셀러데스크가 읽을 수 없는 Office 파일입니다: 손상되었거나 통합 문서가 아닙니다(Word나 PowerPoint 파일). 엑셀에서 열어 .xlsx 형식으로 저장한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>This file is an OpenDocument spreadsheet (.ods, LibreOffice Calc), which SellerDesk does not read. Open it in LibreOffice Calc or Excel, save it as &quot;Excel 2007-365 (.xlsx)&quot; (Excel: &quot;Excel Workbook (*.xlsx)&quot;), then import the new file.</source>
        <translation>이 파일은 OpenDocument 스프레드시트(.ods, LibreOffice Calc)라서 셀러데스크가 읽지 못합니다. LibreOffice Calc나 엑셀에서 열어 &quot;Excel 2007-365 (.xlsx)&quot;(엑셀: &quot;Excel 통합 문서(*.xlsx)&quot;) 형식으로 저장한 뒤 새 파일을 가져오세요.</translation>
    </message>
    <message>
        <source>This file is an Excel binary workbook (.xlsb), which SellerDesk does not read. Open it in Excel, choose File &gt; Save As with the type &quot;Excel Workbook (*.xlsx)&quot;, then import the new file.</source>
        <translation>이 파일은 Excel 바이너리 통합 문서(.xlsb)라서 셀러데스크가 읽지 못합니다. 엑셀에서 열어 파일 &gt; 다른 이름으로 저장에서 &quot;Excel 통합 문서(*.xlsx)&quot; 형식으로 저장한 뒤 새 파일을 가져오세요.</translation>
    </message>
    <message>
        <source>This file is a PDF document, not a spreadsheet. Import the download itself (.xlsx or .csv), not a printout of it.</source>
        <translation>이 파일은 스프레드시트가 아니라 PDF 문서입니다. 인쇄본이 아니라 내려받은 파일(.xlsx 또는 .csv)을 가져오세요.</translation>
    </message>
    <message>
        <source>This file is a picture (PNG, JPEG, GIF ...), not a spreadsheet. Import the download itself (.xlsx or .csv).</source>
        <translation>이 파일은 스프레드시트가 아니라 그림 파일(PNG, JPEG, GIF 등)입니다. 내려받은 파일(.xlsx 또는 .csv)을 가져오세요.</translation>
    </message>
</context>
<context>
    <name>sd::HtmlTableReader</name>
    <message>
        <source>The web page&apos;s text is neither UTF-8 nor CP949, or it is damaged. Open it in Excel, save it as .xlsx, then import it again.</source>
        <translation>웹 페이지의 텍스트가 UTF-8도 CP949도 아니거나 손상되었습니다. 엑셀에서 열어 .xlsx 형식으로 저장한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>The web page has more than a megabyte of letters without a space or a tag in it: this is not an order file.</source>
        <translation>웹 페이지에 공백이나 태그 없이 1메가바이트가 넘는 글자가 이어져 있습니다: 주문 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The web page has a tag longer than a megabyte: this is not an order file.</source>
        <translation>웹 페이지에 1메가바이트보다 긴 태그가 있습니다: 주문 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The web page (HTML) holds no table rows to import. Check that you chose the right file, or open it in Excel, save it as .xlsx and import that.</source>
        <translation>웹 페이지(HTML)에 가져올 표 행이 없습니다. 올바른 파일을 골랐는지 확인하거나, 엑셀에서 열어 .xlsx 형식으로 저장한 뒤 그 파일을 가져오세요.</translation>
    </message>
    <message>
        <source>The web page has tables nested more than %1 deep: this is not an order file.</source>
        <translation>웹 페이지에 표가 %1단계보다 깊게 중첩되어 있습니다: 주문 파일이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>sd::ImportField</name>
    <message>
        <source>Product order no.</source>
        <translation>상품주문번호</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>판매채널</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>주문상태</translation>
    </message>
    <message>
        <source>Detail status</source>
        <translation>주문세부상태</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>클레임상태</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>결제일시</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>주문일시</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품명</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>옵션정보</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>상품가격</translation>
    </message>
    <message>
        <source>Option price</source>
        <translation>옵션가격</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>할인금액</translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation>최종 상품별 총 주문금액</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>배송비</translation>
    </message>
    <message>
        <source>Dispatch due</source>
        <translation>발송기한</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>송장번호</translation>
    </message>
    <message>
        <source>Confirmed at</source>
        <translation>발주확인일시</translation>
    </message>
    <message>
        <source>Shipped at</source>
        <translation>발송처리일시</translation>
    </message>
    <message>
        <source>Delivered at</source>
        <translation>배송완료일시</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>구매자명</translation>
    </message>
    <message>
        <source>Buyer phone</source>
        <translation>구매자연락처</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>수취인명</translation>
    </message>
    <message>
        <source>Phone 1</source>
        <translation>수취인연락처1</translation>
    </message>
    <message>
        <source>Phone 2</source>
        <translation>수취인연락처2</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>배송지</translation>
    </message>
    <message>
        <source>Detail address</source>
        <translation>상세배송지</translation>
    </message>
    <message>
        <source>Delivery message</source>
        <translation>배송메세지</translation>
    </message>
    <message>
        <source>Personal customs code</source>
        <translation>개인통관고유부호</translation>
    </message>
    <message>
        <source>Expected settlement</source>
        <translation>정산예정금액</translation>
    </message>
    <message>
        <source>Naver Pay order fee</source>
        <translation>네이버페이 주문관리 수수료</translation>
    </message>
    <message>
        <source>Sales-linked fee</source>
        <translation>매출연동 수수료</translation>
    </message>
    <message>
        <source>Kakao base fee</source>
        <translation>카카오 기본수수료</translation>
    </message>
    <message>
        <source>Kakao exposure fee</source>
        <translation>카카오 노출추가수수료</translation>
    </message>
    <message>
        <source>Kakao reward fee</source>
        <translation>카카오 추천리워드수수료</translation>
    </message>
    <message>
        <source>Kakao fee discount</source>
        <translation>카카오 수수료할인금액</translation>
    </message>
</context>
<context>
    <name>sd::InstanceLock</name>
    <message>
        <source>This store is already open in another SellerDesk (%1, process %2 on %3). Close it first.</source>
        <translation>이 스토어는 다른 셀러데스크에서 이미 열려 있습니다(%1, %3의 프로세스 %2). 먼저 그 창을 닫으세요.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created.</source>
        <translation>잠금 파일을 만들 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>sd::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>아이디(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>비밀번호(&amp;P)</translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message>
        <source>SellerDesk</source>
        <translation>셀러데스크</translation>
    </message>
    <message>
        <source>%1 - SellerDesk</source>
        <translation>%1 - 셀러데스크</translation>
    </message>
    <message>
        <source>Time of the last change saved to the database</source>
        <translation>마지막으로 변경 내용이 저장된 시각</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SellerDesk</source>
        <translation>셀러데스크 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>저장됨 %1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>%1 에 백업했습니다</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>설정 저장됨</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>The new language takes effect when SellerDesk is restarted.</source>
        <translation>바꾼 언어는 셀러데스크를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Only the master can make and restore backups</source>
        <translation>백업과 복원은 마스터만 할 수 있습니다</translation>
    </message>
    <message>
        <source>Save the store and its files into one backup file</source>
        <translation>스토어와 그 파일을 백업 파일 하나로 저장합니다</translation>
    </message>
    <message>
        <source>Replace the store with a backup; the current store is kept aside</source>
        <translation>백업으로 스토어를 바꿉니다. 현재 스토어는 따로 보관합니다</translation>
    </message>
    <message>
        <source>SellerDesk backup (*.sdbackup)</source>
        <translation>셀러데스크 백업 (*.sdbackup)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>SellerDesk backup (*.sdbackup);;All files (*)</source>
        <translation>셀러데스크 백업 (*.sdbackup);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Replace the store with the backup of %1 made on %2?</source>
        <translation>%2에 만든 &quot;%1&quot; 스토어 백업으로 현재 스토어를 바꿀까요?</translation>
    </message>
    <message>
        <source>The current store is kept beside it under a dated name. SellerDesk closes the store, restores the backup and asks you to log in again.</source>
        <translation>현재 스토어는 날짜가 붙은 이름으로 같은 폴더에 보관됩니다. 셀러데스크가 스토어를 닫고 백업을 복원한 뒤 다시 로그인하도록 요청합니다.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>자동 백업에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>Automatic backup saved to %1</source>
        <translation>자동 백업을 저장했습니다: %1</translation>
    </message>
    <message>
        <source>Tab actions</source>
        <translation>탭 작업</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>읽는 중: %1…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
</context>
<context>
    <name>sd::OfficeCrypto</name>
    <message>
        <source>The password is wrong. Type the password you set when you downloaded the file (capital and small letters count).</source>
        <translation>비밀번호가 틀렸습니다. 파일을 내려받을 때 설정한 비밀번호를 입력하세요(대문자와 소문자를 구분합니다).</translation>
    </message>
    <message>
        <source>The file is damaged: its contents do not pass the integrity check of its encryption. Download it again, then import it again.</source>
        <translation>파일이 손상되었습니다: 내용이 암호화 무결성 검사를 통과하지 못했습니다. 파일을 다시 내려받은 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>The file is damaged: it is incomplete (shorter than its encryption says). Download it again, then import it again.</source>
        <translation>파일이 손상되었습니다: 암호화 정보에 적힌 길이보다 짧아 불완전합니다. 파일을 다시 내려받은 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>The file is protected with an encryption SellerDesk cannot read. Open it in Excel, save it again with a password (or without one), then import it again.</source>
        <translation>셀러데스크가 읽을 수 없는 방식으로 암호화된 파일입니다. 엑셀에서 열어 비밀번호를 설정해(또는 비밀번호 없이) 다시 저장한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>파일 읽기를 취소했습니다.</translation>
    </message>
    <message>
        <source>The file is an Office file without a password; it is not an encrypted workbook.</source>
        <translation>비밀번호가 없는 Office 파일입니다. 암호화된 통합 문서가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>sd::OrderAction</name>
    <message>
        <source>Confirm order</source>
        <translation>발주확인</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>발송처리</translation>
    </message>
    <message>
        <source>Fix tracking number</source>
        <translation>송장 수정</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>배송완료 처리</translation>
    </message>
    <message>
        <source>Decide purchase</source>
        <translation>구매확정</translation>
    </message>
    <message>
        <source>Delay dispatch</source>
        <translation>발송지연 안내</translation>
    </message>
    <message>
        <source>Automatic purchase decision</source>
        <translation>자동 구매확정</translation>
    </message>
    <message>
        <source>Correct: purchase decided on the marketplace</source>
        <translation>정정: 마켓에서 구매확정됨</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
</context>
<context>
    <name>sd::OrderActions</name>
    <message>
        <source>Confirm the selected new orders</source>
        <translation>선택한 신규주문을 발주확인</translation>
    </message>
    <message>
        <source>Enter tracking</source>
        <translation>송장 입력</translation>
    </message>
    <message>
        <source>Enter courier and tracking number and dispatch</source>
        <translation>택배사와 송장번호를 입력하고 발송처리</translation>
    </message>
    <message>
        <source>Change tracking</source>
        <translation>송장 수정</translation>
    </message>
    <message>
        <source>Change the courier or tracking number of shipped orders</source>
        <translation>배송중인 주문의 택배사 또는 송장번호 수정</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>배송완료 처리</translation>
    </message>
    <message>
        <source>Mark the selected orders as delivered</source>
        <translation>선택한 주문을 배송완료로 처리</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>발송지연 안내</translation>
    </message>
    <message>
        <source>Send a delayed-dispatch notice with a new date and reason</source>
        <translation>새 발송예정일과 사유로 발송지연 안내</translation>
    </message>
    <message>
        <source>Many orders selected</source>
        <translation>선택한 주문이 많습니다</translation>
    </message>
    <message>
        <source>Only the first %1 selected orders are processed at once.</source>
        <translation>한 번에 선택한 주문 중 처음 %1건만 처리합니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n orders</source>
        <translation>
            <numerusform>%1: %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dispatched %n orders</source>
        <translation>
            <numerusform>%n건 발송처리 완료</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tracking changed on %n orders</source>
        <translation>
            <numerusform>%n건 송장 수정 완료</numerusform>
        </translation>
    </message>
    <message>
        <source>Product order no.</source>
        <translation>상품주문번호</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품명</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>구매자</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>주문 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>No tracking number was entered.</source>
        <translation>송장번호를 입력하지 않았습니다.</translation>
    </message>
    <message>
        <source>Purchase decided on the marketplace…</source>
        <translation>마켓에서 구매확정됨…</translation>
    </message>
    <message>
        <source>Correction: record that the marketplace has already decided the purchase of the selected shipped orders</source>
        <translation>정정: 선택한 발송 주문이 마켓에서 이미 구매확정되었다고 기록합니다</translation>
    </message>
    <message>
        <source>This is a correction: purchases are decided by the buyer or automatically, by the marketplace and by SellerDesk after the set number of days. Use it only when the seller center already shows 구매확정 and no order file has brought it yet. It is recorded as a correction in the history and the audit log and cannot be undone.</source>
        <translation>정정 작업입니다: 구매확정은 구매자가 하거나, 정해진 일수가 지나면 마켓과 셀러데스크가 자동으로 합니다. 판매자센터에 이미 구매확정으로 표시되는데 주문 파일로 아직 들어오지 않았을 때만 사용하세요. 처리 이력과 감사 로그에 정정으로 기록되며 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Record that the marketplace has decided the purchase of order %1?</source>
        <translation>주문 %1: 마켓에서 구매확정된 것으로 기록할까요?</translation>
    </message>
    <message>
        <source>Record that the marketplace has decided these purchases?</source>
        <translation>이 주문들을 마켓에서 구매확정된 것으로 기록할까요?</translation>
    </message>
    <message>
        <source>Dispatch selected</source>
        <translation>선택 발송 처리</translation>
    </message>
    <message>
        <source>Dispatch the selected orders with the courier and tracking number typed into their rows</source>
        <translation>선택한 주문을 행에 입력한 택배사와 송장번호로 발송 처리합니다</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>송장번호</translation>
    </message>
</context>
<context>
    <name>sd::OrderCells</name>
    <message>
        <source>&quot;%1&quot; is not a whole amount in won (won have no decimals).</source>
        <translation>원 단위의 정수 금액이 아닙니다: &quot;%1&quot; (원 금액에는 소수점이 없습니다).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in won.</source>
        <translation>원 단위 금액이 아닙니다: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity (a whole number of at least 1).</source>
        <translation>수량이 아닙니다: &quot;%1&quot; (1 이상의 정수여야 합니다).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (for example 2026-11-30 14:03).</source>
        <translation>날짜와 시각이 아닙니다: &quot;%1&quot; (예: 2026-11-30 14:03).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (for example 2026-11-30).</source>
        <translation>날짜가 아닙니다: &quot;%1&quot; (예: 2026-11-30).</translation>
    </message>
    <message>
        <source>Excel showed this number as %1 and saved it so: its last digits are lost. Format the column as text in Excel, or use the download as it came.</source>
        <translation>엑셀이 이 숫자를 %1 형태로 표시한 채 저장해 뒷자리가 사라졌습니다. 엑셀에서 이 열을 텍스트 형식으로 바꾸거나, 내려받은 파일을 그대로 쓰세요.</translation>
    </message>
    <message>
        <source>Excel or LibreOffice kept only 15 digits of this number (%1): its last digits are lost. Format the column as text, or use the download as it came.</source>
        <translation>엑셀이나 LibreOffice가 이 숫자(%1)의 앞 15자리만 남겨 뒷자리가 사라졌습니다. 이 열을 텍스트 형식으로 바꾸거나, 내려받은 파일을 그대로 쓰세요.</translation>
    </message>
</context>
<context>
    <name>sd::OrderDetailsPane</name>
    <message>
        <source>Select an order to see its details and history.</source>
        <translation>주문을 선택하면 상세 정보와 처리 이력이 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n orders selected.</source>
        <translation>
            <numerusform>주문 %n건 선택됨.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Product and payment</source>
        <translation>상품 및 결제</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>배송</translation>
    </message>
    <message>
        <source>Buyer and recipient</source>
        <translation>구매자 및 수취인</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>History</source>
        <translation>처리 이력</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>아직 처리 이력이 없습니다.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>By</source>
        <translation>처리자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>sd::OrderField</name>
    <message>
        <source>Product order no.</source>
        <translation>상품주문번호</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>판매채널</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>주문상태</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>결제일시</translation>
    </message>
    <message>
        <source>Dispatch due</source>
        <translation>발송기한</translation>
    </message>
    <message>
        <source>Delay reason</source>
        <translation>발송지연 사유</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품명</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>옵션정보</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>상품가격</translation>
    </message>
    <message>
        <source>Option price</source>
        <translation>옵션가격</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>할인금액</translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation>최종 상품별 총 주문금액</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>배송비</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>송장번호</translation>
    </message>
    <message>
        <source>Confirmed at</source>
        <translation>발주확인일시</translation>
    </message>
    <message>
        <source>Shipped at</source>
        <translation>발송처리일시</translation>
    </message>
    <message>
        <source>Delivered at</source>
        <translation>배송완료일시</translation>
    </message>
    <message>
        <source>Purchase decided at</source>
        <translation>구매확정일시</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>구매자명</translation>
    </message>
    <message>
        <source>Buyer phone</source>
        <translation>구매자연락처</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>수취인명</translation>
    </message>
    <message>
        <source>Phone 1</source>
        <translation>수취인연락처1</translation>
    </message>
    <message>
        <source>Phone 2</source>
        <translation>수취인연락처2</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>배송지</translation>
    </message>
    <message>
        <source>Delivery message</source>
        <translation>배송메세지</translation>
    </message>
    <message>
        <source>Detail address</source>
        <translation>상세배송지</translation>
    </message>
    <message>
        <source>Personal customs code</source>
        <translation>개인통관고유부호</translation>
    </message>
    <message>
        <source>Channel status</source>
        <translation>판매채널 주문상태</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>클레임</translation>
    </message>
</context>
<context>
    <name>sd::OrderFile</name>
    <message>
        <source>it is empty.</source>
        <translation>비어 있습니다.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>%1행, %2: %3</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters.</source>
        <translation>텍스트가 %1자보다 깁니다.</translation>
    </message>
    <message>
        <source>the text holds control characters.</source>
        <translation>텍스트에 제어 문자가 들어 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product order number.</source>
        <translation>상품주문번호가 아닙니다: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sales channel.</source>
        <translation>판매채널이 아닙니다: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the courier &quot;%1&quot; is not known.</source>
        <translation>알 수 없는 택배사입니다: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No header row found: none of the first %1 rows names the columns of the profile.</source>
        <translation>제목 행을 찾지 못했습니다: 처음 %1개 행 중에 프로필의 열 이름이 적힌 행이 없습니다.</translation>
    </message>
    <message>
        <source>The header row (row %1) has no %2 column, which the import needs.</source>
        <translation>제목 행(%1행)에 가져오기에 필요한 %2 열이 없습니다.</translation>
    </message>
    <message>
        <source>Row %1: the product order number %2 is also on row %3 with other content.</source>
        <translation>%1행: 같은 상품주문번호 %2 주문이 %3행에도 있는데 내용이 다릅니다.</translation>
    </message>
    <message>
        <source>The file has no orders under its header row (row %1).</source>
        <translation>제목 행(%1행) 아래에 주문이 없습니다.</translation>
    </message>
</context>
<context>
    <name>sd::OrderFilterBar</name>
    <message>
        <source>All channels</source>
        <translation>전체 채널</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>판매채널</translation>
    </message>
    <message>
        <source>Any payment date</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Paid today</source>
        <translation>오늘 결제</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>최근 90일</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>기간 지정…</translation>
    </message>
    <message>
        <source>Payment date (Seoul time)</source>
        <translation>결제일 (한국 시간)</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>결제일 시작</translation>
    </message>
    <message>
        <source>Paid until</source>
        <translation>결제일 끝</translation>
    </message>
    <message>
        <source>Order no., name, last 4 digits of phone, product, tracking no.</source>
        <translation>주문번호, 이름, 전화번호 뒤 4자리, 상품명, 송장번호</translation>
    </message>
    <message>
        <source>Search (Ctrl+F). Enter moves to the table, Esc clears.</source>
        <translation>검색 (Ctrl+F). Enter: 목록으로 이동, Esc: 지우기</translation>
    </message>
</context>
<context>
    <name>sd::OrderImportDialog</name>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Product order no.</source>
        <translation>상품주문번호</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 주문</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>Conflict, not applied</source>
        <translation>충돌, 적용 안 함</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>%1: no profile fits this file.</source>
        <translation>%1: 이 파일에 맞는 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>%1, read as %2 (header on row %3).</source>
        <translation>%1: %2 형식으로 읽었습니다(제목 행: %3행).</translation>
    </message>
    <message>
        <source>Unverified profile: some of its columns are known from one public source only. Check the orders after importing.</source>
        <translation>검증되지 않은 프로필입니다: 일부 열은 공개된 자료 한 곳에서만 확인했습니다. 가져온 뒤 주문을 확인하세요.</translation>
    </message>
    <message>
        <source>New: %1 · Updated: %2 · Unchanged: %3 · Conflicts (not applied): %4</source>
        <translation>새 주문: %1 · 갱신: %2 · 변경 없음: %3 · 충돌 (적용 안 함): %4</translation>
    </message>
    <message>
        <source>Rows with problems: %1</source>
        <translation>문제가 있는 행: %1</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 problems are listed; %n more are not.</source>
        <translation>
            <numerusform>처음 %1건의 문제만 보여 줍니다. 나머지 %n건은 목록에 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until the file is corrected.</source>
        <translation>파일을 고치기 전에는 아무것도 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Nothing to import: the other orders of this file are already in the store, and the conflicts are left as the store has them.</source>
        <translation>가져올 것이 없습니다. 이 파일의 나머지 주문은 이미 스토어에 있고, 충돌한 주문은 스토어에 있는 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Nothing to import: the store already has every order of this file.</source>
        <translation>가져올 것이 없습니다. 이 파일의 주문이 모두 이미 스토어에 있습니다.</translation>
    </message>
    <message>
        <source>Rows in conflict are left as the store has them; the rest is imported.</source>
        <translation>충돌한 행의 주문은 스토어에 있는 그대로 두고, 나머지를 가져옵니다.</translation>
    </message>
    <message>
        <source>Save problems…</source>
        <translation>문제 목록 저장…</translation>
    </message>
    <message numerus="yes">
        <source>Import %n orders</source>
        <translation>
            <numerusform>주문 %n건 가져오기</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Save problems</source>
        <translation>문제 목록 저장</translation>
    </message>
    <message>
        <source>%1-problems.csv</source>
        <translation>%1-문제.csv</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>엑셀용 CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>sd::OrderImportFlow</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 파일을 읽는 중…</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>주문 가져오기</translation>
    </message>
    <message>
        <source>Imported %1: %2 new and %3 updated orders</source>
        <translation>%1 파일을 가져왔습니다: 새 주문 %2건, 갱신 %3건</translation>
    </message>
    <message>
        <source>Comparing %L1 of %L2 orders with the store…</source>
        <translation>스토어와 비교하는 중… (주문 %L2건 중 %L1건)</translation>
    </message>
    <message>
        <source>Importing %L1 of %L2 orders…</source>
        <translation>가져오는 중… (주문 %L2건 중 %L1건)</translation>
    </message>
    <message>
        <source>You already have a profile named %1. Replace it with this mapping?</source>
        <translation>%1 이름의 프로필이 이미 있습니다. 지금 지정한 열로 바꿀까요?</translation>
    </message>
</context>
<context>
    <name>sd::OrderImportService</name>
    <message>
        <source>%1 changed</source>
        <translation>%1 변경</translation>
    </message>
    <message>
        <source>Your role (%1) may not import orders.</source>
        <translation>현재 역할(%1)로는 주문을 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>A profile name has 1 to 40 letters, digits, spaces, dots, hyphens or underscores.</source>
        <translation>프로필 이름은 문자, 숫자, 공백, 마침표(.), 하이픈(-), 밑줄(_)로 1~40자여야 합니다.</translation>
    </message>
    <message>
        <source>%1 is the name of a built-in profile; choose another name.</source>
        <translation>기본 제공 프로필에 이미 있는 이름입니다: %1. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Mapped by %1</source>
        <translation>%1 님이 열을 지정함</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of an order.</source>
        <translation>주문 항목이 아닙니다: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose the column of the field %1.</source>
        <translation>%1 항목의 열을 고르세요.</translation>
    </message>
    <message>
        <source>Choose the channel of the file, or the column that names it.</source>
        <translation>파일의 판매채널을 고르거나, 판매채널이 적힌 열을 고르세요.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>There is no profile named %1 (sellerdesk-cli profile list shows them).</source>
        <translation>%1 프로필이 없습니다(목록 보기: sellerdesk-cli profile list).</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problems; nothing was changed.</source>
        <translation>
            <numerusform>파일에 문제가 %n건 있어 아무것도 바뀌지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>an imported file</source>
        <translation>가져온 파일</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1에서 가져옴</translation>
    </message>
    <message>
        <source>The store has this product order number on %1, the file on %2.</source>
        <translation>이 상품주문번호의 판매채널이 스토어에서는 %1, 파일에서는 %2입니다.</translation>
    </message>
    <message>
        <source>Channel status</source>
        <translation>판매채널 주문상태</translation>
    </message>
    <message>
        <source>Claim state</source>
        <translation>클레임상태</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check the file before importing it.</source>
        <translation>가져오기 전에 파일을 확인하세요.</translation>
    </message>
    <message>
        <source>The file was checked against another store.</source>
        <translation>다른 스토어를 기준으로 확인한 파일입니다.</translation>
    </message>
    <message>
        <source>Importing failed; nothing was changed.</source>
        <translation>가져오기에 실패해 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>취소되어 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n orders were changed by someone else since the file was checked; nothing was changed. Check the file again.</source>
        <translation>
            <numerusform>파일을 확인한 뒤에 다른 사용자가 주문 %n건을 바꾸어 아무것도 바뀌지 않았습니다. 파일을 다시 확인하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated</source>
        <translation>%1: 새 주문 %2건, 갱신 %3건</translation>
    </message>
    <message>
        <source>The store could not be read, so the file was not checked.</source>
        <translation>스토어를 읽지 못해 파일을 확인하지 않았습니다.</translation>
    </message>
    <message>
        <source>The file does not say which channel its orders come from: choose the channel.</source>
        <translation>파일에 주문의 판매채널이 나와 있지 않습니다. 판매채널을 고르세요.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Product order no.</source>
        <translation>상품주문번호</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Bad row</source>
        <translation>잘못된 행</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… 그 밖에 문제가 %n건 더 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>You already have a profile named %1.</source>
        <translation>%1 이름의 프로필이 이미 있습니다.</translation>
    </message>
    <message>
        <source>This is a bulk dispatch upload (상품주문번호, 택배사, 송장번호), not an order download: import it as tracking numbers (File › Import tracking numbers…, or sellerdesk-cli import dispatch).</source>
        <translation>주문 파일이 아니라 일괄발송 파일(상품주문번호, 택배사, 송장번호)입니다. 송장번호로 가져오세요(파일 › 송장 일괄 가져오기, 또는 sellerdesk-cli import dispatch).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>The profile could not be saved in %1.</source>
        <translation>프로필을 %1 폴더에 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be written (is the disk full or the folder read-only?).</source>
        <translation>%1 파일을 쓸 수 없습니다. 디스크 공간이 부족하거나 폴더에 쓸 권한이 없는지 확인하세요.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 파일을 쓸 수 없습니다. %2</translation>
    </message>
</context>
<context>
    <name>sd::OrderPrint</name>
    <message>
        <source>Printed %1</source>
        <translation>출력 %1</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>피킹리스트</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>주문 수</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Order slip</source>
        <translation>주문서</translation>
    </message>
    <message>
        <source>Print packing list</source>
        <translation>피킹리스트 인쇄</translation>
    </message>
    <message>
        <source>Print order slips</source>
        <translation>주문서 인쇄</translation>
    </message>
    <message>
        <source>The PDF could not be saved.</source>
        <translation>PDF를 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Order slips</source>
        <translation>주문서</translation>
    </message>
</context>
<context>
    <name>sd::OrderProfile</name>
    <message>
        <source>The profile has no name.</source>
        <translation>프로필에 이름이 없습니다.</translation>
    </message>
    <message>
        <source>The profile %1 names an unknown channel &quot;%2&quot;.</source>
        <translation>%1 프로필에 알 수 없는 판매채널이 있습니다: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The profile %1 names an unknown field &quot;%2&quot;.</source>
        <translation>%1 프로필에 알 수 없는 항목이 있습니다: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The profile %1 names the field %2 twice.</source>
        <translation>%1 프로필에 %2 항목이 두 번 있습니다.</translation>
    </message>
    <message>
        <source>The profile %1 gives no header for the field %2.</source>
        <translation>%1 프로필에 %2 항목의 열 이름이 없습니다.</translation>
    </message>
    <message>
        <source>The profile %1 has no column for the product order number.</source>
        <translation>%1 프로필에 상품주문번호 열이 없습니다.</translation>
    </message>
    <message>
        <source>The profile is not valid JSON (at character %1).</source>
        <translation>프로필이 올바른 JSON 형식이 아닙니다(%1번째 글자).</translation>
    </message>
    <message>
        <source>The profile is not valid JSON: it must be one object { … }.</source>
        <translation>프로필이 올바른 JSON 형식이 아닙니다. 객체 { … } 하나여야 합니다.</translation>
    </message>
</context>
<context>
    <name>sd::OrderService</name>
    <message>
        <source>Unknown courier &quot;%1&quot;.</source>
        <translation>알 수 없는 택배사입니다: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter a tracking number.</source>
        <translation>송장번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Tracking number %1 is already used on another order (%2).</source>
        <translation>이미 다른 주문(%2)에 쓰인 송장번호입니다: %1</translation>
    </message>
    <message>
        <source>The courier and tracking number are unchanged.</source>
        <translation>택배사와 송장번호가 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Tracking changed: %1 → %2</source>
        <translation>송장 수정: %1 → %2</translation>
    </message>
    <message>
        <source>Dispatched: %1</source>
        <translation>발송처리: %1</translation>
    </message>
    <message>
        <source>Your role (%1) may not process orders.</source>
        <translation>현재 역할(%1)로는 주문을 처리할 수 없습니다.</translation>
    </message>
    <message>
        <source>No order was given.</source>
        <translation>주문이 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>상품주문번호 %1에 해당하는 주문이 없습니다.</translation>
    </message>
    <message>
        <source>Enter the new dispatch date.</source>
        <translation>새 발송 예정일을 입력하세요.</translation>
    </message>
    <message>
        <source>The new dispatch date must be later than the current one (%1).</source>
        <translation>새 발송 예정일은 현재 기한(%1)보다 늦어야 합니다.</translation>
    </message>
    <message>
        <source>Dispatch delayed to %1 (%2)</source>
        <translation>발송지연 안내: %1까지 (%2)</translation>
    </message>
    <message>
        <source>Your role (%1) may not view orders.</source>
        <translation>현재 역할(%1)로는 주문을 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>Already dispatched with %1; unchanged.</source>
        <translation>이미 같은 송장(%1)으로 발송처리되어 그대로 둡니다.</translation>
    </message>
    <message>
        <source>This order was paid at %1, later than the computer&apos;s clock says it is now (%2). Check the date and time.</source>
        <translation>이 주문의 결제 시각(%1)이 컴퓨터 시계의 현재 시각(%2)보다 늦습니다. 컴퓨터의 날짜와 시간을 확인하세요.</translation>
    </message>
    <message>
        <source>The new dispatch date may be at most %1 days ahead (until %2); %3 is later.</source>
        <translation>새 발송 예정일은 오늘부터 %1일 이내(%2까지)여야 합니다. 입력한 날짜(%3)는 너무 늦습니다.</translation>
    </message>
    <message>
        <source>The order could not be saved.</source>
        <translation>주문을 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Decided on the marketplace; recorded as a correction</source>
        <translation>마켓에서 구매확정됨 (정정으로 기록)</translation>
    </message>
    <message>
        <source>Describe the delay for the buyer (a detail is required).</source>
        <translation>구매자에게 알릴 지연 사유를 적어 주세요 (상세 사유는 필수입니다).</translation>
    </message>
    <message>
        <source>Choose a courier.</source>
        <translation>택배사를 고르세요.</translation>
    </message>
</context>
<context>
    <name>sd::OrderStatus</name>
    <message>
        <source>New order</source>
        <translation>신규주문</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>배송중</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>배송완료</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>반품</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>교환</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>발송대기</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>구매확정</translation>
    </message>
</context>
<context>
    <name>sd::OrderTableModel</name>
    <message>
        <source>Delay notice sent: %1</source>
        <translation>발송지연 안내됨: %1</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>지연 위험</translation>
    </message>
    <message>
        <source>Not dispatched yet: select the row and choose &quot;Dispatch selected&quot;.</source>
        <translation>아직 발송 처리되지 않았습니다. 행을 선택하고 &quot;선택 발송 처리&quot;를 누르세요.</translation>
    </message>
    <message>
        <source>Enter the tracking number.</source>
        <translation>송장번호를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>sd::OrderTransition</name>
    <message>
        <source>Cannot fix the tracking number without a courier and a new tracking number.</source>
        <translation>택배사와 새 송장번호 없이 송장을 수정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot move to In transit without a tracking number.</source>
        <translation>송장번호 없이 배송중으로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>An order in status %1 cannot take the action %2.</source>
        <translation>%1 상태의 주문에는 %2 처리를 할 수 없습니다.</translation>
    </message>
    <message>
        <source>This order is already confirmed.</source>
        <translation>이미 발주확인된 주문입니다.</translation>
    </message>
    <message>
        <source>Confirm the order before dispatching it.</source>
        <translation>발송처리 전에 발주확인을 하세요.</translation>
    </message>
    <message>
        <source>This order has already been dispatched.</source>
        <translation>이미 발송처리된 주문입니다.</translation>
    </message>
    <message>
        <source>This order has not been dispatched yet, so there is no tracking number to fix.</source>
        <translation>아직 발송처리되지 않아 수정할 송장번호가 없습니다.</translation>
    </message>
    <message>
        <source>The tracking number cannot be changed after delivery.</source>
        <translation>배송완료 후에는 송장번호를 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>This order has not been dispatched yet.</source>
        <translation>아직 발송처리되지 않은 주문입니다.</translation>
    </message>
    <message>
        <source>This order is already delivered.</source>
        <translation>이미 배송완료된 주문입니다.</translation>
    </message>
    <message>
        <source>The purchase is already decided.</source>
        <translation>이미 구매확정된 주문입니다.</translation>
    </message>
    <message>
        <source>A purchase can be decided only after delivery.</source>
        <translation>구매확정은 배송완료 후에만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>The order is already in status %1.</source>
        <translation>이미 %1 상태인 주문입니다.</translation>
    </message>
    <message>
        <source>An order in status %1 is closed and cannot move to %2.</source>
        <translation>%1 상태의 주문은 종료되어 %2 상태로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>An order cannot move from %1 to %2.</source>
        <translation>주문을 %1 상태에서 %2 상태로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>An order in status %1 cannot go back to %2.</source>
        <translation>%1 상태의 주문은 %2 상태로 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>This order has not been dispatched, so the marketplace cannot have decided its purchase.</source>
        <translation>아직 발송하지 않은 주문이라 마켓에서 구매확정되었을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>sd::OrdersView</name>
    <message>
        <source>No orders match these conditions.</source>
        <translation>조건에 맞는 주문이 없습니다.</translation>
    </message>
    <message>
        <source>Orders &amp;&amp; shipping</source>
        <translation>주문/배송</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>주문(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import tracking numbers…</source>
        <translation>송장 일괄 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Dispatch orders from a bulk dispatch upload file (.xlsx or .csv)</source>
        <translation>엑셀 일괄발송 파일(.xlsx 또는 .csv)로 주문을 발송처리합니다</translation>
    </message>
    <message>
        <source>Your role may not import tracking numbers</source>
        <translation>현재 역할로는 송장을 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>&amp;Export orders…</source>
        <translation>주문 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the orders shown (filters applied) as an Excel workbook or a CSV file</source>
        <translation>보이는 주문(필터 적용)을 엑셀 통합 문서나 CSV 파일로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <source>Order &amp;details pane</source>
        <translation>주문 상세 창(&amp;D)</translation>
    </message>
    <message>
        <source>Reset &amp;columns</source>
        <translation>열 배치 초기화(&amp;C)</translation>
    </message>
    <message>
        <source>Automatic purchase decision failed: %1</source>
        <translation>자동 구매확정 실패: %1</translation>
    </message>
    <message numerus="yes">
        <source>Automatic purchase decision: %n orders</source>
        <translation>
            <numerusform>자동 구매확정: %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Exporting orders…</source>
        <translation>주문을 내보내는 중…</translation>
    </message>
    <message>
        <source>Import tracking numbers</source>
        <translation>송장 일괄 가져오기</translation>
    </message>
    <message>
        <source>Upload files (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>업로드 파일 (*.xlsx *.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>엑셀 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>엑셀용 CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV in CP949, for older programs (*.csv)</source>
        <translation>CP949 CSV, 예전 프로그램용 (*.csv)</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>주문 내보내기</translation>
    </message>
    <message>
        <source>The orders could not be exported: %1</source>
        <translation>주문을 내보내지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n orders to %1</source>
        <translation>
            <numerusform>주문 %n건을 %1 파일로 내보냈습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>orders-%1</source>
        <translation>주문-%1</translation>
    </message>
    <message>
        <source>Import &amp;orders…</source>
        <translation>주문 가져오기(&amp;O)…</translation>
    </message>
    <message>
        <source>Bring in the order file downloaded from a seller center (.xlsx, .csv, a password-protected Naver download); you can also drop it on the window</source>
        <translation>판매자센터에서 내려받은 주문 파일(.xlsx, .csv, 비밀번호로 보호된 네이버 파일)을 가져옵니다. 파일을 창에 끌어다 놓아도 됩니다</translation>
    </message>
    <message>
        <source>Your role may not import orders</source>
        <translation>현재 역할로는 주문을 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>Export &amp;dispatch template…</source>
        <translation>발송 템플릿 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>주문 가져오기</translation>
    </message>
    <message>
        <source>Order files (*.xlsx *.xls *.csv *.txt *.html *.htm);;All files (*)</source>
        <translation>주문 파일 (*.xlsx *.xls *.csv *.txt *.html *.htm);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>발송처리</translation>
    </message>
    <message>
        <source>Exporting the dispatch template…</source>
        <translation>발송 템플릿을 내보내는 중…</translation>
    </message>
    <message>
        <source>Export dispatch template</source>
        <translation>발송 템플릿 내보내기</translation>
    </message>
    <message>
        <source>dispatch-%1</source>
        <translation>일괄발송-%1</translation>
    </message>
    <message>
        <source>The dispatch template could not be exported: %1</source>
        <translation>발송 템플릿을 내보내지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Exported the dispatch template to %1: fill in the couriers and tracking numbers, then import it with Import tracking numbers</source>
        <translation>발송 템플릿을 %1 파일로 내보냈습니다. 택배사와 송장번호를 채운 뒤 &quot;송장 일괄 가져오기&quot; 메뉴로 가져오세요</translation>
    </message>
    <message>
        <source>For a first look, run &quot;sellerdesk-cli demo&quot; to create example orders.</source>
        <translation>먼저 둘러보려면 &quot;sellerdesk-cli demo&quot; 명령을 실행해 예시 주문을 만드세요.</translation>
    </message>
    <message>
        <source>There are no orders yet.</source>
        <translation>아직 주문이 없습니다.</translation>
    </message>
    <message>
        <source>Bring in the order file you downloaded from your seller center with %1, or drop the file on this window.</source>
        <translation>판매자센터에서 내려받은 주문 파일을 %1 메뉴로 가져오거나, 파일을 이 창에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <source>File › Import orders…</source>
        <translation>파일 › 주문 가져오기…</translation>
    </message>
    <message>
        <source>Save the selected orders, or the orders shown that await dispatch, as a bulk dispatch upload file to fill in with tracking numbers</source>
        <translation>선택한 주문, 또는 화면에 보이는 발송대기 주문을 송장번호를 채워 넣을 일괄발송 파일로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Corrections</source>
        <translation>정정(&amp;C)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Print &amp;packing list…</source>
        <translation>피킹리스트 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>The selected orders&apos; products and options with their summed quantities</source>
        <translation>선택한 주문의 상품과 옵션별 수량 합계</translation>
    </message>
    <message>
        <source>Print order &amp;slips…</source>
        <translation>주문서 인쇄(&amp;S)…</translation>
    </message>
    <message>
        <source>One page per order number of the selection: recipient, address, items</source>
        <translation>선택한 주문의 주문번호마다 한 장: 수취인, 주소, 상품</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF로 저장(&amp;D)…</translation>
    </message>
    <message>
        <source>The packing list and the order slips of the selection as a PDF file</source>
        <translation>선택한 주문의 피킹리스트와 주문서를 PDF 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>orders-print-%1.pdf</source>
        <translation>주문인쇄-%1.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the packing list and the order slips to %1</source>
        <translation>피킹리스트와 주문서를 %1 파일로 저장했습니다</translation>
    </message>
    <message>
        <source>Excel download</source>
        <translation>엑셀 다운로드</translation>
    </message>
    <message>
        <source>Excel bulk dispatch</source>
        <translation>엑셀 일괄발송</translation>
    </message>
</context>
<context>
    <name>sd::PackingList</name>
    <message>
        <source>Select the orders to print first.</source>
        <translation>인쇄할 주문을 먼저 선택하세요.</translation>
    </message>
    <message>
        <source>%1 orders are selected; at most %2 can be printed at once.</source>
        <translation>선택한 주문: %1건. 한 번에 %2건까지 인쇄할 수 있습니다.</translation>
    </message>
    <message>
        <source>There are no orders to print.</source>
        <translation>인쇄할 주문이 없습니다.</translation>
    </message>
    <message>
        <source>printed order slips</source>
        <translation>주문서 인쇄</translation>
    </message>
</context>
<context>
    <name>sd::Password</name>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>비밀번호는 8자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>A password needs both letters and digits.</source>
        <translation>비밀번호에는 문자와 숫자가 모두 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>sd::PendingFile</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>폴더가 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name.</source>
        <translation>파일 이름이 아니라 폴더입니다: %1</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>파일이 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>The file %1 could not be saved.</source>
        <translation>파일을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1.</source>
        <translation>%1 폴더에 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>sd::Permission</name>
    <message>
        <source>View orders</source>
        <translation>주문 보기</translation>
    </message>
    <message>
        <source>Process orders</source>
        <translation>주문 처리</translation>
    </message>
    <message>
        <source>View personal data</source>
        <translation>개인정보 보기</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>개인정보 내보내기</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>주문 가져오기</translation>
    </message>
    <message>
        <source>Manage staff</source>
        <translation>직원 관리</translation>
    </message>
    <message>
        <source>Manage settings</source>
        <translation>설정 관리</translation>
    </message>
    <message>
        <source>View settlement</source>
        <translation>정산 보기</translation>
    </message>
    <message>
        <source>Back up and restore</source>
        <translation>백업 및 복원</translation>
    </message>
</context>
<context>
    <name>sd::PersonalDataAccess</name>
    <message>
        <source>Reading buyer data must be recorded, and the record could not be written, so nothing was shown.</source>
        <translation>구매자 정보 열람은 기록해야 하는데 기록을 남기지 못해 아무것도 표시하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>sd::Role</name>
    <message>
        <source>Master</source>
        <translation>마스터</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>운영자</translation>
    </message>
    <message>
        <source>Finance manager</source>
        <translation>재무 담당자</translation>
    </message>
</context>
<context>
    <name>sd::RowPositionLabel</name>
    <message>
        <source>Rows in view / rows in the list (Ctrl+G: go to a row)</source>
        <translation>보이는 행 / 목록의 전체 행 (Ctrl+G: 행으로 이동)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1–%2 / %3</source>
        <translation>%1–%2 / %3</translation>
    </message>
    <message>
        <source>Go to row</source>
        <translation>행으로 이동</translation>
    </message>
    <message>
        <source>Row number (1–%1):</source>
        <translation>행 번호 (1–%1):</translation>
    </message>
    <message>
        <source>&amp;Go to row…</source>
        <translation>행으로 이동(&amp;G)…</translation>
    </message>
    <message>
        <source>Scroll to a row by its number in the list</source>
        <translation>목록에서 번호로 행을 찾아 이동합니다</translation>
    </message>
</context>
<context>
    <name>sd::SelectAllCheck</name>
    <message>
        <source>Select all rows, or none</source>
        <translation>모든 행 선택 또는 해제</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>전체 선택</translation>
    </message>
</context>
<context>
    <name>sd::SelectionHeader</name>
    <message>
        <source>Check rows to select them; the box above checks every row.</source>
        <translation>행을 체크하면 선택됩니다. 위의 체크박스는 모든 행을 체크합니다.</translation>
    </message>
</context>
<context>
    <name>sd::Settings</name>
    <message>
        <source>You do not have permission to change settings.</source>
        <translation>설정을 바꿀 권한이 없습니다.</translation>
    </message>
    <message>
        <source>The language must be system, ko or en, not &quot;%1&quot;.</source>
        <translation>언어는 system, ko, en 중 하나여야 합니다(입력한 값: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The setting %1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>설정 %1에는 %2부터 %3까지의 정수를 쓰세요(입력한 값: &quot;%4&quot;).</translation>
    </message>
    <message>
        <source>The settings could not be saved. Nothing was changed.</source>
        <translation>설정을 저장하지 못했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>sd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>A new language takes effect after SellerDesk is restarted.</source>
        <translation>바꾼 언어는 셀러데스크를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>&amp;Dispatch within (business days after payment)</source>
        <translation>발송기한 (결제 후 영업일)(&amp;D)</translation>
    </message>
    <message>
        <source>Automatic purchase decision (days after delivery)</source>
        <translation>자동 구매확정 (배송완료 후 일수)</translation>
    </message>
    <message>
        <source>Extra holidays (elections, temporary holidays)</source>
        <translation>추가 휴일 (선거일, 임시공휴일)</translation>
    </message>
    <message>
        <source>Name, e.g. election day</source>
        <translation>이름 (예: 선거일)</translation>
    </message>
    <message>
        <source>&amp;Add holiday</source>
        <translation>휴일 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Only the master can change settings (your role: %1).</source>
        <translation>설정은 마스터만 바꿀 수 있습니다 (현재 역할: %1).</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Latest new dispatch date in a delay notice</source>
        <translation>발송지연 안내의 새 발송 예정일 한도</translation>
    </message>
    <message>
        <source>Back up automatically once a day when SellerDesk starts</source>
        <translation>셀러데스크를 시작할 때 하루 한 번 자동으로 백업</translation>
    </message>
    <message>
        <source>Into the backups folder beside the store; the last 7 days and 4 weeks are kept.</source>
        <translation>스토어 옆 backups 폴더에 저장하며, 최근 7일분과 4주분을 보관합니다.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Not documented by the marketplace (uncertain): check its seller center. Naver allows one notice per order.</source>
        <translation>마켓이 공개하지 않은 값입니다(불확실): 판매자센터에서 확인하세요. 네이버는 주문마다 한 번만 안내할 수 있습니다.</translation>
    </message>
    <message>
        <source>Delay notices per order, %1 (uncertain)</source>
        <translation>주문당 발송지연 안내 횟수, %1 (불확실)</translation>
    </message>
</context>
<context>
    <name>sd::SetupDialog</name>
    <message>
        <source>Set up your store</source>
        <translation>상점 설정</translation>
    </message>
    <message>
        <source>Welcome to SellerDesk. Enter your store and the master account; you can add staff later.</source>
        <translation>셀러데스크에 오신 것을 환영합니다. 상점 정보와 마스터 계정을 입력하세요. 직원 계정은 나중에 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>상점</translation>
    </message>
    <message>
        <source>Store &amp;name</source>
        <translation>상호(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Business registration no.</source>
        <translation>사업자등록번호(&amp;B)</translation>
    </message>
    <message>
        <source>123-45-67890</source>
        <translation>123-45-67890</translation>
    </message>
    <message>
        <source>Sales channels</source>
        <translation>판매채널</translation>
    </message>
    <message>
        <source>Master account</source>
        <translation>마스터 계정</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>아이디(&amp;L)</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>이름(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>비밀번호(&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>비밀번호 확인(&amp;G)</translation>
    </message>
    <message>
        <source>10 digits; hyphens are optional. The check digit is verified.</source>
        <translation>숫자 10자리 (하이픈은 선택). 검증번호를 확인합니다.</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>설정 완료</translation>
    </message>
    <message>
        <source>Valid number</source>
        <translation>올바른 번호입니다</translation>
    </message>
    <message>
        <source>At least 8 characters with letters and digits; a long phrase is easiest to remember.</source>
        <translation>문자와 숫자를 섞어 8자 이상. 긴 문장이 기억하기 쉽습니다.</translation>
    </message>
</context>
<context>
    <name>sd::SetupService</name>
    <message>
        <source>Enter the store name.</source>
        <translation>상호를 입력하세요.</translation>
    </message>
    <message>
        <source>Choose at least one sales channel.</source>
        <translation>판매채널을 하나 이상 고르세요.</translation>
    </message>
    <message>
        <source>The login name needs 3 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>아이디는 영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;로 3~32자여야 합니다.</translation>
    </message>
    <message>
        <source>Enter the master&apos;s name.</source>
        <translation>마스터의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>두 비밀번호가 서로 다릅니다.</translation>
    </message>
    <message>
        <source>This store is already set up.</source>
        <translation>이 스토어는 이미 설정되어 있습니다.</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory).</source>
        <translation>비밀번호를 암호화하지 못했습니다(메모리 부족).</translation>
    </message>
    <message>
        <source>The store could not be set up. Nothing was saved.</source>
        <translation>스토어를 설정하지 못했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>sd::StatusChipBar</name>
    <message>
        <source>All orders</source>
        <translation>전체 주문</translation>
    </message>
    <message>
        <source>New and confirmed orders whose dispatch deadline is today, the next business day or already past</source>
        <translation>발송기한이 오늘이나 다음 영업일이거나 이미 지난 신규주문·발송대기 주문</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>전체 %1</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>지연 위험</translation>
    </message>
</context>
<context>
    <name>sd::TableCopy</name>
    <message>
        <source>There is nothing to copy.</source>
        <translation>복사할 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Select the rows to copy first.</source>
        <translation>복사할 행을 먼저 선택하세요.</translation>
    </message>
    <message>
        <source>%1 rows are selected; at most %2 can be copied at once. Export them to Excel instead (File › Export).</source>
        <translation>선택한 행: %1개. 한 번에 %2개까지 복사할 수 있습니다. 대신 엑셀로 내보내세요(파일 › 내보내기).</translation>
    </message>
    <message numerus="yes">
        <source>%n rows copied from the list %1</source>
        <translation>
            <numerusform>%1 목록에서 %n개 행을 복사했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>행 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
</context>
<context>
    <name>sd::TableHeaderControl</name>
    <message>
        <source>Filter &quot;%1&quot;…</source>
        <translation>&quot;%1&quot; 필터…</translation>
    </message>
    <message>
        <source>Remove the filter on &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 필터 지우기</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(빈 값)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 이상</translation>
    </message>
    <message>
        <source>%1 or less</source>
        <translation>%1 이하</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1까지</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>이 필터 지우기</translation>
    </message>
</context>
<context>
    <name>sd::TableListing</name>
    <message>
        <source>There is no list &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 목록이 없습니다.</translation>
    </message>
    <message>
        <source>Your role (%1) may not view this list (it needs the permission &quot;%2&quot;).</source>
        <translation>현재 역할(%1)로는 이 목록을 볼 수 없습니다(필요한 권한: %2).</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>목록을 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>Your role (%1) may not filter by &quot;%2&quot;: it is personal data you see masked.</source>
        <translation>내 역할(%1)로는 &quot;%2&quot; 기준으로 필터할 수 없습니다. 가려서 보이는 개인정보입니다.</translation>
    </message>
</context>
<context>
    <name>sd::TableModel</name>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>이 열은 정렬할 수 없습니다.</translation>
    </message>
    <message>
        <source>This column cannot be sorted or filtered.</source>
        <translation>이 열은 정렬하거나 필터할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>sd::TableQuery</name>
    <message>
        <source>The list has no filter &quot;%1&quot;.</source>
        <translation>목록에 &quot;%1&quot; 필터가 없습니다.</translation>
    </message>
    <message>
        <source>The list cannot be sorted by &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 열로는 목록을 정렬할 수 없습니다.</translation>
    </message>
    <message>
        <source>The list cannot be filtered by &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 열로는 목록을 필터링할 수 없습니다.</translation>
    </message>
    <message>
        <source>The filter on &quot;%1&quot; lists no values.</source>
        <translation>&quot;%1&quot; 필터에 고른 값이 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no dates to filter by.</source>
        <translation>&quot;%1&quot; 열에는 날짜가 없어 기간으로 필터링할 수 없습니다.</translation>
    </message>
    <message>
        <source>This list cannot be searched.</source>
        <translation>이 목록은 검색할 수 없습니다.</translation>
    </message>
    <message>
        <source>The deadline filter needs a date.</source>
        <translation>발송기한 필터에는 날짜가 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no numbers to filter by.</source>
        <translation>&quot;%1&quot; 열은 숫자 범위로 필터할 수 없습니다.</translation>
    </message>
    <message>
        <source>The range for &quot;%1&quot; is not valid.</source>
        <translation>&quot;%1&quot; 범위가 올바르지 않습니다.</translation>
    </message>
</context>
<context>
    <name>sd::TableReader</name>
    <message>
        <source>The file %1 is too large to import.</source>
        <translation>%1 파일이 너무 커서 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>파일 읽기를 취소했습니다.</translation>
    </message>
    <message>
        <source>The password opened the file, but it holds no Excel workbook (.xlsx).</source>
        <translation>비밀번호로 파일을 열었지만 안에 엑셀 통합 문서(.xlsx)가 없습니다.</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows, more than an order file holds. Split it into smaller files and import them one by one.</source>
        <translation>파일의 행이 %L1개를 넘습니다. 주문 파일로 보기에는 너무 많습니다. 작은 파일 여러 개로 나누어 하나씩 가져오세요.</translation>
    </message>
    <message>
        <source>Row %1 of the file has a cell beyond column %L2, more columns than an order file holds.</source>
        <translation>파일의 %1행에 %L2번째 열을 넘어선 셀이 있습니다. 주문 파일로 보기에는 열이 너무 많습니다.</translation>
    </message>
    <message>
        <source>The file has more than %L1 cells, more than an order file holds. Split it into smaller files and import them one by one.</source>
        <translation>파일의 셀이 %L1개를 넘습니다. 주문 파일로 보기에는 너무 많습니다. 작은 파일 여러 개로 나누어 하나씩 가져오세요.</translation>
    </message>
    <message>
        <source>The file holds more than %L1 characters of text, more than an order file holds. Split it into smaller files and import them one by one.</source>
        <translation>파일의 텍스트가 %L1자를 넘습니다. 주문 파일로 보기에는 너무 많습니다. 작은 파일 여러 개로 나누어 하나씩 가져오세요.</translation>
    </message>
    <message>
        <source>The cell in row %1, column %2 is longer than %L3 characters (the most a spreadsheet cell holds): this is not an order file.</source>
        <translation>%1행 %2열의 셀이 %L3자(스프레드시트 셀 하나에 들어가는 최대 길이)보다 깁니다: 주문 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The file is damaged: row %1 comes after row %2, but the rows of a spreadsheet are written in order.</source>
        <translation>파일이 손상되었습니다: %1행이 %2행 뒤에 있는데, 스프레드시트의 행은 순서대로 적혀 있어야 합니다.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file: name the file to read.</source>
        <translation>파일이 아니라 폴더입니다: %1. 읽을 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>There is no file %1: check the name and the folder.</source>
        <translation>파일이 없습니다: %1. 이름과 폴더를 확인하세요.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: you may not have permission to read it, or another program holds it.</source>
        <translation>파일을 열지 못했습니다: %1. 읽을 권한이 없거나 다른 프로그램이 사용 중일 수 있습니다.</translation>
    </message>
    <message>
        <source>The file %1 could not be read to its end; copy it to this computer&apos;s disk and try again.</source>
        <translation>파일을 끝까지 읽지 못했습니다: %1. 이 컴퓨터의 디스크에 복사한 뒤 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>sd::TableRowLoader</name>
    <message>
        <source>The store could not be read.</source>
        <translation>스토어를 읽지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>sd::TextField</name>
    <message>
        <source>The store name</source>
        <translation>상호</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>The reason for the delay</source>
        <translation>지연 사유</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>%1 holds broken text; type it again.</source>
        <translation>%1에 깨진 글자가 있습니다. 다시 입력하세요.</translation>
    </message>
    <message>
        <source>%1 must be on one line.</source>
        <translation>%1{은/는} 한 줄로 적어야 합니다.</translation>
    </message>
    <message>
        <source>%1 contains a control character (code U+%2); remove it.</source>
        <translation>%1에 제어 문자(코드 U+%2)가 들어 있습니다. 지우고 다시 입력하세요.</translation>
    </message>
    <message>
        <source>%1 may have at most %2 characters; this one has %3.</source>
        <translation>%1{은/는} %2자까지 쓸 수 있습니다. 지금은 %3자입니다.</translation>
    </message>
    <message>
        <source>The holiday&apos;s name</source>
        <translation>휴일 이름</translation>
    </message>
</context>
<context>
    <name>sd::UserLayouts</name>
    <message>
        <source>The column layout could not be saved.</source>
        <translation>열 배치를 저장하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>sd::Workspace</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>폴더를 만들 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>sd::XlsxReader</name>
    <message>
        <source>The file is not a readable .xlsx spreadsheet: it is damaged or not a zip archive.</source>
        <translation>읽을 수 있는 .xlsx 파일이 아닙니다: 손상되었거나 zip 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>The .xlsx file is incomplete: its part %1 is missing.</source>
        <translation>.xlsx 파일이 불완전합니다: %1 부분이 없습니다.</translation>
    </message>
    <message>
        <source>The .xlsx file is too large to read safely: its part %1 unpacks to more than %2 MiB.</source>
        <translation>.xlsx 파일이 너무 커서 안전하게 읽을 수 없습니다: %1 부분의 압축을 풀면 %2MiB가 넘습니다.</translation>
    </message>
    <message>
        <source>The .xlsx file is damaged: its part %1 could not be unpacked.</source>
        <translation>.xlsx 파일이 손상되었습니다: %1 부분의 압축을 풀 수 없습니다.</translation>
    </message>
    <message>
        <source>The .xlsx file has no worksheets.</source>
        <translation>.xlsx 파일에 워크시트가 없습니다.</translation>
    </message>
    <message>
        <source>The .xlsx file has no sheet named &quot;%1&quot;.</source>
        <translation>.xlsx 파일에 &quot;%1&quot; 시트가 없습니다.</translation>
    </message>
    <message>
        <source>The .xlsx file is damaged: the sheet&apos;s part is not listed in %1.</source>
        <translation>.xlsx 파일이 손상되었습니다: 시트 부분이 %1에 없습니다.</translation>
    </message>
    <message>
        <source>The .xlsx file is damaged: its part %1 has an invalid row number.</source>
        <translation>.xlsx 파일이 손상되었습니다: %1 부분의 행 번호가 잘못되었습니다.</translation>
    </message>
    <message>
        <source>The .xlsx file is damaged: cell reference &quot;%1&quot; in %2 is not valid.</source>
        <translation>.xlsx 파일이 손상되었습니다: %2의 셀 주소가 잘못되었습니다(&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The .xlsx file is damaged: its part %1 has too many columns.</source>
        <translation>.xlsx 파일이 손상되었습니다: %1 부분의 열이 너무 많습니다.</translation>
    </message>
    <message>
        <source>The .xlsx file is damaged: cell %1 refers to text that does not exist.</source>
        <translation>.xlsx 파일이 손상되었습니다: %1 셀이 없는 텍스트를 가리킵니다.</translation>
    </message>
    <message>
        <source>The .xlsx file cannot be an order file: its part %1 has a text or tag longer than %2 KiB.</source>
        <translation>.xlsx 파일의 %1 부분에 %2KiB보다 긴 텍스트나 태그가 있습니다: 주문 파일일 수 없습니다.</translation>
    </message>
    <message>
        <source>The .xlsx file cannot be an order file: its part %1 nests elements more than %2 deep.</source>
        <translation>.xlsx 파일의 %1 부분에 요소가 %2단계보다 깊게 중첩되어 있습니다: 주문 파일일 수 없습니다.</translation>
    </message>
    <message>
        <source>The .xlsx file is damaged: %1 cannot be read.</source>
        <translation>.xlsx 파일이 손상되었습니다: %1 부분을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The .xlsx file has a text longer than %L1 characters (the most a spreadsheet cell holds): this is not an order file.</source>
        <translation>.xlsx 파일에 %L1자(스프레드시트 셀 하나에 들어가는 최대 길이)보다 긴 텍스트가 있습니다: 주문 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The .xlsx file has more than %L1 shared texts, more than an order file holds.</source>
        <translation>.xlsx 파일의 공유 문자열이 %L1개를 넘습니다. 주문 파일로 보기에는 너무 많습니다.</translation>
    </message>
    <message>
        <source>The .xlsx file is damaged: its part %1 is not valid XML (line %2).</source>
        <translation>.xlsx 파일이 손상되었습니다. 내부 파트 %1의 XML이 올바르지 않습니다(%2번째 줄).</translation>
    </message>
</context>
<context>
    <name>sd::XlsxTableWriter</name>
    <message>
        <source>The spreadsheet could not be created in the temporary folder.</source>
        <translation>임시 폴더에 스프레드시트를 만들지 못했습니다.</translation>
    </message>
    <message>
        <source>The spreadsheet could not get a new sheet.</source>
        <translation>스프레드시트에 새 시트를 추가하지 못했습니다.</translation>
    </message>
    <message>
        <source>The spreadsheet is not open.</source>
        <translation>스프레드시트가 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written in the temporary folder.</source>
        <translation>임시 폴더에 스프레드시트를 쓰지 못했습니다.</translation>
    </message>
    <message>
        <source>Row %1 could not be written.</source>
        <translation>%1행을 쓰지 못했습니다.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be saved.</source>
        <translation>스프레드시트를 저장하지 못했습니다.</translation>
    </message>
</context>
</TS>

#pragma once
// The Naver 발주발송관리 download's header (marketplaces.md), for the tests and benchmarks that build
// Naver files.

namespace sd::test {

// All 72 columns, comma-separated, in the order Naver writes them.
inline const char *const kNaverDispatchHeader =
    "상품주문번호,주문번호,배송속성,풀필먼트사(주문 기준),택배사(주문 기준),배송방법(구매자 "
    "요청),배송방법,택배사,"
    "송장번호,발송일,판매채널,구매자명,구매자ID,수취인명,주문상태,주문세부상태,수량클레임 "
    "여부,결제위치,결제일,"
    "상품번호,상품명,상품종류,반품안심케어,멤버십N배송,옵션정보,옵션관리코드,수량,옵션가격,상품가격,"
    "최종 상품별 할인액,최초 상품별 할인액,판매자 부담 할인액,최종 상품별 총 주문금액,최초 상품별 총 "
    "주문금액,사은품,"
    "발주확인일,발송기한,발송처리일,송장출력일,배송비 형태,배송비 묶음번호,배송비 유형,배송비 합계,"
    "제주/도서 추가배송비,배송비 할인액,판매자 상품코드,판매자 내부코드1,판매자 내부코드2,수취인연락처1,"
    "수취인연락처2,통합배송지,기본배송지,상세배송지,구매자연락처,우편번호,배송메세지,출고지,결제수단,"
    "네이버페이 주문관리 수수료,매출연동 "
    "수수료,정산예정금액,개인통관고유부호,주문일시,배송희망일,구독신청회차,"
    "구독진행회차,구독배송희망일,배송태그 유형,출입방법 유형,출입방법 내용,수령위치 유형,수령위치 내용";
// The notice line above the header.
inline const char *const kNaverNotice = "※ 엑셀 일괄발송 양식입니다. 파일 업로드 시, 1행 삭제 후 업로드";

} // namespace sd::test

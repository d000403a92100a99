#pragma once
#include <QString>

namespace sd {

// The marketplaces' bulk dispatch upload (Naver 엑셀 일괄발송: 상품주문번호, 배송방법, 택배사, 송장번호):
// the one home of its column headers, which are data (the marketplace's Korean words, the same in
// every language), for the reader of an upload, the result file of rows not applied and the dispatch
// template exported from the store.
enum class DispatchColumn {
    ProductOrderNo, // 상품주문번호
    Method,         // 배송방법
    Courier,        // 택배사
    TrackingNo,     // 송장번호
    Error,          // 오류: only in the result file, ignored when it is uploaded again
};

QString dispatchColumnHeader(DispatchColumn column);
// 택배,등기,소포: the one 배송방법 a file may dispatch, as Naver writes it.
QString parcelDeliveryMethod();

} // namespace sd

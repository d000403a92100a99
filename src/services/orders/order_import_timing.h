#pragma once
#include <functional>

namespace sd {

// Where an order import's time goes (bench/bench_order_import): OrderImportService calls the observer on
// the calling thread as each phase ends — checkFile: "read" (bytes → table), "signatures" (each row's
// signature, the store's kept ones read and matched: those rows are done), "map" (profile, cells → orders,
// the other rows), "compare" (with the store); apply: "stage" (each batch into the TEMP tables), "publish" (the one write
// transaction), "search" (each batch of search documents, pause included), "finish". Nothing is called
// unless an observer is set; set it before importing and clear it after (not thread-safe).
using OrderImportPhaseObserver = std::function<void(const char *phase)>;
void setOrderImportPhaseObserver(OrderImportPhaseObserver observer);

} // namespace sd

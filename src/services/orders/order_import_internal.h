#pragma once
// What the check (order_import_check.cpp) hands the apply (order_import_apply.cpp) of OrderImportService.
#include "services/orders/order_import.h"
#include "storage/orders/order_import_stage.h"

namespace sd {

struct OrderImportWork
{
    QList<StagedOrder> orders; // new and updated, in file order
    // Rows the comparison found equal to their stored order: their signatures are kept only when the
    // publish writes anyway (ARCHITECTURE.md, "Importing orders").
    QList<UnchangedImportRow> unchanged;
    QString databasePath; // the store the check compared against
    QString source;
    int newCount = 0;
    int updatedCount = 0;
};

// Tells the phase observer (order_import_timing.h), if one is set, that `phase` ended.
void orderImportPhaseEnded(const char *phase);

} // namespace sd

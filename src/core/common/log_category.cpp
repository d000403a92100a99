#include "core/common/log_category.h"

Q_LOGGING_CATEGORY(sdStorage, "sd.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(sdServices, "sd.services", QtInfoMsg)
Q_LOGGING_CATEGORY(sdIo, "sd.io", QtInfoMsg)
Q_LOGGING_CATEGORY(sdUi, "sd.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(sdCli, "sd.cli", QtInfoMsg)

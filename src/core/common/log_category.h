#pragma once
#include <QLoggingCategory>

// One logging category per layer. What goes to the log is the detail the user's message leaves out (a
// driver's text, a failing statement, a path): never personal data, and the log scrubs phone numbers
// anyway (services/app_log). Turn on debug output with QT_LOGGING_RULES="sd.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(sdStorage)  // "sd.storage"
Q_DECLARE_LOGGING_CATEGORY(sdServices) // "sd.services"
Q_DECLARE_LOGGING_CATEGORY(sdIo)       // "sd.io"
Q_DECLARE_LOGGING_CATEGORY(sdUi)       // "sd.ui"
Q_DECLARE_LOGGING_CATEGORY(sdCli)      // "sd.cli"

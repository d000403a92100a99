#pragma once
#include <QCoreApplication>

namespace sd {

// Translation context of the command-line tool's own messages: Cli::tr("...") (context "sd::Cli").
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(sd::Cli)
};

} // namespace sd

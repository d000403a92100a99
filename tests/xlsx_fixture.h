#pragma once
// Test fixtures: real .xlsx files written by libxlsxwriter (tests that include this link
// PkgConfig::XLSXWRITER).
#include <QFile>
#include <QTemporaryDir>
#include <functional>
#include <xlsxwriter.h>

namespace sd::test {

// Writes `name` in `dir` with libxlsxwriter, `build` adding the sheets, and returns the file's bytes (empty
// on failure). `constantMemory` makes libxlsxwriter write inline strings instead of shared ones.
inline QByteArray writeWorkbook(const QTemporaryDir &dir, const std::function<void(lxw_workbook *)> &build,
                                bool constantMemory = false,
                                const QString &name = QStringLiteral("fixture.xlsx"))
{
    const QString path = dir.filePath(name);
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!workbook)
        return {};
    build(workbook);
    if (workbook_close(workbook) != LXW_NO_ERROR)
        return {};
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace sd::test

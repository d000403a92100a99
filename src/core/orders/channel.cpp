#include "core/orders/channel.h"

#include "core/common/label_match.h"

#include <QCoreApplication>

namespace sd {

namespace {

const LabelRow<Channel> kChannelRows[] = {
    {Channel::NaverSmartstore, "NAVER", QT_TRANSLATE_NOOP("sd::Channel", "Naver Smartstore"),
     "네이버 스마트스토어", "스마트스토어"},
    {Channel::KakaoStore, "KAKAO", QT_TRANSLATE_NOOP("sd::Channel", "Kakao Talk Store"), "카카오 톡스토어",
     "톡스토어"},
    {Channel::TalkCheckout, "TALK_CHECKOUT", QT_TRANSLATE_NOOP("sd::Channel", "Talk Checkout"),
     "톡체크아웃", "카카오 톡체크아웃"},
};

const LabelTable kTable("sd::Channel", kChannelRows);

} // namespace

QList<Channel> allChannels()
{
    return kTable.values();
}

QString channelCode(Channel c)
{
    return kTable.code(c);
}

QString channelLabel(Channel c)
{
    return kTable.label(c);
}

std::optional<Channel> parseChannel(const QString &text)
{
    return kTable.parse(text);
}

} // namespace sd

#pragma once
#include <QList>
#include <QString>
#include <optional>

namespace sd {

// Sales channels. Codes are what the database and the CLI use.
enum class Channel { NaverSmartstore, KakaoStore, TalkCheckout };

QList<Channel> allChannels();
QString channelCode(Channel c); // NAVER, KAKAO, TALK_CHECKOUT
QString channelLabel(Channel c); // translated: 네이버 스마트스토어, 카카오 톡스토어, 톡체크아웃
// Accepts the code (case-insensitive) or the label in Korean or English.
std::optional<Channel> parseChannel(const QString &text);

} // namespace sd

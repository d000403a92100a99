#include "services/demo/demo_people.h"

#include <QStringList>
#include <iterator>

namespace sd::demo {

namespace {

// ---- People -------------------------------------------------------------------------------------

struct SurnameWeight
{
    const char *name;
    int weight; // per 10,000 people, from the census order of frequency
};

const SurnameWeight kSurnames[] = {
    {"김", 2150}, {"이", 1470}, {"박", 840}, {"최", 470}, {"정", 430}, {"강", 240}, {"조", 210}, {"윤", 210},
    {"장", 200},  {"임", 170},  {"한", 150}, {"오", 150}, {"서", 150}, {"신", 150}, {"권", 140}, {"황", 140},
    {"안", 130},  {"송", 130},  {"류", 120}, {"전", 110}, {"홍", 110}, {"고", 90},  {"문", 90},  {"양", 90},
    {"손", 90},   {"배", 80},   {"백", 80},  {"허", 70},  {"유", 60},  {"남", 60},  {"심", 50},  {"노", 50},
    {"하", 50},   {"곽", 40},   {"성", 40},  {"차", 40},  {"주", 40},  {"우", 40},  {"구", 40},  {"민", 30},
    {"진", 30},   {"나", 30},   {"지", 30},  {"엄", 30},  {"채", 30},  {"원", 30},  {"천", 20},  {"방", 20},
    {"공", 20},   {"현", 20},   {"남궁", 5}, {"황보", 5}, {"제갈", 3}, {"선우", 3},
};

const char *const kGivenNames[] = {
    "민준", "서준", "도윤", "예준", "시우", "하준", "주원", "지호", "지후", "준우", "준서", "건우", "현우",
    "우진", "선우", "서진", "민재", "현준", "연우", "유준", "정우", "승우", "승현", "시윤", "준혁", "은우",
    "지환", "승민", "유찬", "윤우", "서연", "서윤", "지우", "서현", "민서", "하은", "하윤", "윤서", "지유",
    "지민", "채원", "수아", "지아", "지윤", "은서", "다은", "예은", "수빈", "소율", "예린", "영수", "영희",
    "정숙", "미경", "은정", "지영", "현정", "수진", "민정", "혜진", "성민", "성호", "동현", "재훈", "상훈",
    "종현", "경민", "미영", "순자", "영자", "정희", "경희", "명숙", "혜원", "유진", "소연", "보람", "아름",
    "슬기", "다인", "나연", "가은", "태윤", "재원", "도현", "태민", "민혁", "진우", "상우", "형준", "재민",
    "동욱", "기현", "성진", "준영", "혜수", "미래", "수정", "은영", "선희", "경아", "주희", "하나", "세영",
    "민지", "예지", "나은", "서희", "태희", "윤아", "소희", "채은", "정민", "용준", "병철", "광수", "철수",
    "영호", "진호", "석진", "윤기", "남준",
};

struct District
{
    const char *area; // 시/도 시/군/구
    const char *roads[3];
    int postcodeFrom; // 5-digit postcodes of the district
    int postcodeTo;
};

const District kDistricts[] = {
    {"서울특별시 강남구", {"테헤란로", "논현로", "선릉로"}, 6010, 6375},
    {"서울특별시 서초구", {"서초대로", "반포대로", "방배로"}, 6500, 6800},
    {"서울특별시 송파구", {"올림픽로", "송파대로", "백제고분로"}, 5500, 5850},
    {"서울특별시 마포구", {"월드컵북로", "양화로", "독막로"}, 3900, 4215},
    {"서울특별시 관악구", {"관악로", "남부순환로", "신림로"}, 8700, 8870},
    {"서울특별시 노원구", {"동일로", "노원로", "상계로"}, 1600, 1920},
    {"서울특별시 강서구", {"공항대로", "화곡로", "양천로"}, 7500, 7810},
    {"서울특별시 성동구", {"왕십리로", "성수일로", "고산자로"}, 4700, 4810},
    {"서울특별시 종로구", {"종로", "자하문로", "율곡로"}, 3000, 3190},
    {"경기도 성남시 분당구", {"판교역로", "불정로", "정자일로"}, 13400, 13650},
    {"경기도 수원시 영통구", {"광교중앙로", "봉영로", "영통로"}, 16500, 16710},
    {"경기도 고양시 일산동구", {"중앙로", "일산로", "정발산로"}, 10300, 10460},
    {"경기도 용인시 수지구", {"포은대로", "수지로", "풍덕천로"}, 16800, 16990},
    {"경기도 화성시", {"동탄대로", "병점중앙로", "봉담읍 동화길"}, 18300, 18650},
    {"경기도 부천시", {"길주로", "부천로", "소향로"}, 14400, 14790},
    {"경기도 남양주시", {"경춘로", "다산중앙로", "별내중앙로"}, 12000, 12290},
    {"경기도 파주시", {"청석로", "가람로", "문산역로"}, 10800, 10990},
    {"인천광역시 연수구", {"송도과학로", "컨벤시아대로", "앵고개로"}, 21900, 22050},
    {"인천광역시 부평구", {"부평대로", "경원대로", "굴포로"}, 21300, 21450},
    {"부산광역시 해운대구", {"해운대로", "센텀중앙로", "달맞이길"}, 48000, 48130},
    {"부산광역시 부산진구", {"중앙대로", "가야대로", "새싹로"}, 47100, 47370},
    {"부산광역시 수영구", {"광안해변로", "수영로", "망미번영로"}, 48200, 48310},
    {"대구광역시 수성구", {"달구벌대로", "동대구로", "들안로"}, 42000, 42300},
    {"대구광역시 달서구", {"월배로", "상인로", "달서대로"}, 42600, 42840},
    {"광주광역시 서구", {"상무중앙로", "운천로", "죽봉대로"}, 61900, 62090},
    {"대전광역시 유성구", {"대학로", "계룡로", "엑스포로"}, 34000, 34230},
    {"대전광역시 서구", {"둔산로", "계룡로", "도안대로"}, 35200, 35420},
    {"울산광역시 남구", {"삼산로", "문수로", "돋질로"}, 44600, 44790},
    {"세종특별자치시", {"한누리대로", "갈매로", "보듬4로"}, 30100, 30160},
    {"강원특별자치도 춘천시", {"중앙로", "공지로", "퇴계로"}, 24200, 24470},
    {"충청북도 청주시 흥덕구", {"가경로", "직지대로", "풍산로"}, 28400, 28580},
    {"충청남도 천안시 서북구", {"불당대로", "번영로", "쌍용대로"}, 31000, 31260},
    {"전북특별자치도 전주시 완산구", {"효자로", "홍산로", "팔달로"}, 54900, 55120},
    {"전라남도 순천시", {"연향로", "왕지로", "장명로"}, 57900, 58040},
    {"경상북도 포항시 남구", {"포스코대로", "희망대로", "대송로"}, 37600, 37890},
    {"경상남도 창원시 성산구", {"중앙대로", "원이대로", "창원대로"}, 51400, 51590},
    {"경상남도 김해시", {"김해대로", "가야로", "금관대로"}, 50800, 51050},
    {"제주특별자치도 제주시", {"노형로", "연동로", "중앙로"}, 63000, 63360},
};

const char *const kDeliveryMessages[] = {
    "",
    "",
    "",
    "문 앞에 놓아주세요",
    "문 앞에 놓아주세요",
    "부재 시 경비실에 맡겨주세요",
    "배송 전 연락 바랍니다",
    "택배함에 넣어주세요",
    "파손 주의 부탁드립니다",
    "공동현관 비밀번호 #1234 입니다",
    "벨 누르지 말고 노크해 주세요",
    "부재 시 문자 남겨주세요",
    "빠른 배송 부탁드려요",
    "선물 포장 부탁드립니다",
};

QString phoneNumber(Dice &dice)
{
    QString s = QStringLiteral("010-0000-0000");
    putDigits(s.data() + 4, dice.between(2000, 9999), 4);
    putDigits(s.data() + 9, dice.below(10000), 4);
    return s;
}

QString addressDetail(Dice &dice)
{
    switch (dice.below(10)) {
    case 0:
        return QString(); // a house: the road address is enough
    case 1:
    case 2:
        return QString::number(dice.between(1, 4)) + QStringLiteral("층");
    case 3:
    case 4:
    case 5:
        return QString::number(dice.between(1, 4) * 100 + dice.between(1, 6)) + QStringLiteral("호");
    default:
        return QString::number(dice.between(101, 115)) + QStringLiteral("동 ") +
               QString::number(dice.between(1, 25) * 100 + dice.between(1, 4)) + QStringLiteral("호");
    }
}

} // namespace

std::vector<Person> makePeople(Dice &dice, int count)
{
    std::vector<qint64> weights;
    QStringList surnames;
    for (const SurnameWeight &s : kSurnames) {
        weights.push_back(s.weight);
        surnames << utf8(s.name);
    }
    const Weighted surname(weights);
    QStringList given;
    for (const char *g : kGivenNames)
        given << utf8(g);
    QList<QStringList> roads;
    QStringList areas;
    for (const District &d : kDistricts) {
        areas << utf8(d.area);
        roads.append({utf8(d.roads[0]), utf8(d.roads[1]), utf8(d.roads[2])});
    }
    const int districts = int(std::size(kDistricts));
    std::vector<Person> people;
    people.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        Person p;
        p.name = surnames.at(surname.pick(dice)) + given.at(dice.below(int(given.size())));
        p.phone = phoneNumber(dice);
        // Half of the buyers live in the capital region, as half of Korea does.
        const int d = dice.permille(500) ? dice.below(17) : dice.below(districts);
        const District &district = kDistricts[d];
        p.postcode = digits(dice.between(district.postcodeFrom, district.postcodeTo), 5);
        p.address = areas.at(d) + QLatin1Char(' ') + roads.at(d).at(dice.below(3)) + QLatin1Char(' ') +
                    QString::number(dice.between(1, 320));
        p.addressDetail = addressDetail(dice);
        people.push_back(std::move(p));
    }
    return people;
}

std::vector<QString> deliveryMessages()
{
    std::vector<QString> messages;
    for (const char *m : kDeliveryMessages)
        messages.push_back(utf8(m));
    return messages;
}

} // namespace sd::demo

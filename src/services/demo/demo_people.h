#pragma once
// Internal to the demo store generator: buyers with Korean names, phone numbers and addresses.
#include "services/demo/demo_dice.h"

#include <QString>
#include <vector>

namespace sd::demo {

struct Person
{
    QString name;
    QString phone;
    QString postcode;
    QString address;
    QString addressDetail;
};

// Buyers, computed once: a checkout picks one (repeat buyers are normal), so a row costs no string
// building for its contact data.
std::vector<Person> makePeople(Dice &dice, int count);
// Delivery messages as buyers write them (several empty: most buyers leave none).
std::vector<QString> deliveryMessages();

} // namespace sd::demo

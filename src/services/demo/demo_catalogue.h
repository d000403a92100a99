#pragma once
// Internal to the demo store generator: 30-80 products of a small fashion/living/camping store.
#include "services/demo/demo_dice.h"
#include "storage/orders/product_repository.h"

#include <QString>
#include <vector>

namespace sd::demo {

struct OptionChoice
{
    QString text;
    Won price = 0;
};

struct ProductModel
{
    ProductListing listing;
    std::vector<OptionChoice> options; // empty = no options
};

std::vector<ProductModel> makeProducts(Dice &dice);

} // namespace sd::demo

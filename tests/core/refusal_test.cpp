// The "refusal" question (rules/refusal.hpp, rules/refusal_reply.hpp) through the public JSON API:
// every reason with a case where the refusal stands and one where it does not, on dates and amounts
// the withdrawal and refund engines compute.
#include <catch2/catch.hpp>
#include <map>
#include <string>
#include "api/answer.hpp"
#include "api/json.hpp"

namespace {

using dc::json::Value;

// A goods purchase from a professional at a distance, received on Sunday 22 March 2026, every
// exclusion answered no. Raw JSON values; `extra` adds or replaces fields (null removes one).
std::string request(const std::map<std::string, std::string>& extra) {
  std::map<std::string, std::string> f{
      {"question", "\"refusal\""},     {"contract", "\"goods\""},     {"territory", "\"metropole\""},
      {"seller", "\"professional\""},  {"channel", "\"distance\""},   {"sector", "\"none\""},
      {"concluded", "\"2026-03-18\""}, {"received", "\"2026-03-22\""}, {"financialMarketPrice", "false"},
      {"personalised", "false"},       {"perishable", "false"},       {"hygieneProduct", "false"},
      {"mixedInseparably", "false"},   {"alcohol", "false"},          {"recordingOrSoftware", "false"},
      {"newspaper", "false"},          {"publicAuction", "false"},    {"infoGiven", "true"},
      {"today", "\"2026-04-10\""},
  };
  for (const auto& [k, v] : extra) f[k] = v;
  std::string out = "{";
  for (const auto& [k, v] : f)
    if (v != "null") out += (out.size() > 1 ? "," : "") + ("\"" + k + "\":" + v);
  return out + "}";
}

Value ask(const std::string& text) {
  const auto parsed = dc::json::parse(dc::api::answer(text));
  REQUIRE(parsed.value);
  return *parsed.value;
}

const Value& at(const Value& v, std::string_view key) {
  const auto* found = v.find(key);
  INFO("missing key " << key << " in " << dc::json::serialize(v));
  REQUIRE(found);
  return *found;
}

Value refusal(const std::map<std::string, std::string>& extra) {
  const Value r = ask(request(extra));
  INFO(dc::json::serialize(r));
  REQUIRE(at(r, "ok").as_bool());
  return r;
}

std::string outcome(const Value& r) { return at(r, "outcome").text(); }

std::vector<std::string> texts(const Value& list, std::string_view key) {
  std::vector<std::string> out;
  for (const auto& i : list.items()) out.push_back(at(i, key).text());
  return out;
}

std::vector<std::string> strings(const Value& list) {
  std::vector<std::string> out;
  for (const auto& i : list.items()) out.push_back(i.text());
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }
bool has_text(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("Without a reason, the refusal question lists the reasons it knows, in both languages") {
  const Value r = ask(R"({"question":"refusal"})");
  REQUIRE(at(r, "ok").as_bool());
  const auto& reasons = at(r, "reasons").items();
  REQUIRE(reasons.size() == 10);
  const auto codes = texts(at(r, "reasons"), "code");
  for (const char* c : {"opened-or-used", "too-late", "cannot-be-returned", "vouchers", "delivery-not-refunded",
                        "return-costs-deducted", "not-received-back", "third-party-seller", "no-answer", "other"})
    CHECK(contains(codes, c));
  CHECK(at(at(reasons[0], "label"), "en").text() == "\"The packaging was opened\" / \"the product was used\"");
  CHECK(has_text(at(at(reasons[0], "label"), "fr").text(), "L'emballage a été ouvert"));
}

TEST_CASE("Opened packaging: never a ground within the period, lawful only through an exclusion") {
  SECTION("opened and tried, withdrawal sent in time: the refusal does not stand") {
    const Value r = refusal({{"reason", "\"opened-or-used\""}, {"withdrawalSent", "\"2026-03-30\""}});
    CHECK(outcome(r) == "unlawful");
    CHECK(at(r, "article").text() == "L221-23");
    CHECK(at(at(r, "next"), "letter").text() == "refund");
    const std::string reply = at(r, "reply").text();
    CHECK(has_text(reply, "article L221-23 du code de la consommation"));
    CHECK(has_text(reply, "le lundi 30 mars 2026, dans le délai qui expirait le mardi 7 avril 2026"));
  }
  SECTION("still within the period, not yet withdrawn: the reply itself withdraws") {
    const Value r = refusal({{"reason", "\"opened-or-used\""}, {"today", "\"2026-03-28\""}});
    CHECK(outcome(r) == "unlawful");
    CHECK(has_text(at(r, "reply").text(), "je vous notifie par le présent message ma décision de me rétracter"));
  }
  SECTION("no withdrawal information: no loss in value may be charged either") {
    const Value r = refusal({{"reason", "\"opened-or-used\""}, {"withdrawalSent", "\"2026-03-30\""}, {"infoGiven", "false"}});
    CHECK(outcome(r) == "unlawful");
    CHECK(has_text(at(r, "reply").text(), "vous ne pouvez d'ailleurs retenir aucune dépréciation"));
  }
  SECTION("a hygiene product unsealed after delivery: the refusal stands, the guarantees remain") {
    const Value r = refusal({{"reason", "\"opened-or-used\""}, {"hygieneProduct", "true"}, {"unsealed", "true"}});
    CHECK(outcome(r) == "lawful");
    CHECK(at(r, "article").text() == "L221-28");
    CHECK(contains(texts(at(r, "consequences"), "article"), "L217-3"));
    CHECK(at(at(r, "next"), "letter").text() == "conformity");
    CHECK_FALSE(r.find("reply"));
  }
  SECTION("software unsealed: the refusal stands") {
    const Value r = refusal({{"reason", "\"opened-or-used\""}, {"recordingOrSoftware", "true"}, {"unsealed", "true"}});
    CHECK(outcome(r) == "lawful");
    CHECK(has_text(at(at(r, "why").items().at(0), "text").text(), "9°"));
  }
  SECTION("a hygiene product still sealed: the refusal does not stand") {
    const Value r = refusal({{"reason", "\"opened-or-used\""}, {"hygieneProduct", "true"}, {"unsealed", "false"},
                             {"withdrawalSent", "\"2026-03-30\""}});
    CHECK(outcome(r) == "unlawful");
  }
  SECTION("whether it was unsealed is not known yet: cannot tell, asking it") {
    const Value r = refusal({{"reason", "\"opened-or-used\""}, {"hygieneProduct", "true"}});
    CHECK(outcome(r) == "cannot-tell");
    CHECK(strings(at(r, "missing")) == std::vector<std::string>{"unsealed"});
  }
}

TEST_CASE("Too late: recomputed from the real dates, a Sunday and Easter Monday included") {
  SECTION("received Sunday 22 March 2026: day 14 is Sunday 5 April, Monday 6 April is Easter Monday, sent Tuesday 7") {
    const Value r = refusal({{"reason", "\"too-late\""}, {"withdrawalSent", "\"2026-04-07\""}});
    CHECK(outcome(r) == "unlawful");
    CHECK(at(r, "article").text() == "L221-19");
    CHECK(at(at(at(r, "case"), "deadline"), "safe").text() == "2026-04-07");
    CHECK(at(at(r, "case"), "sentInTime").text() == "yes");
    const std::string reply = at(r, "reply").text();
    CHECK(has_text(reply, "la réception du bien, le dimanche 22 mars 2026"));
    CHECK(has_text(reply, "Il expirait donc le mardi 7 avril 2026"));
    CHECK(has_text(reply, "envoyée le mardi 7 avril 2026, est dans le délai"));
    CHECK(contains(texts(at(r, "why"), "article"), "C. trav. L3133-1"));
  }
  SECTION("sent on Wednesday 8 April: the refusal stands") {
    const Value r = refusal({{"reason", "\"too-late\""}, {"withdrawalSent", "\"2026-04-08\""}});
    CHECK(outcome(r) == "lawful");
    CHECK(at(at(r, "case"), "sentInTime").text() == "no");
    CHECK(at(at(r, "next"), "letter").text() == "conformity");
  }
  SECTION("sent on 8 April but the information on the withdrawal right is not known: cannot tell") {
    const Value r = refusal({{"reason", "\"too-late\""}, {"withdrawalSent", "\"2026-04-08\""}, {"infoGiven", "null"}});
    CHECK(outcome(r) == "cannot-tell");
    CHECK(contains(texts(at(r, "ask"), "field"), "infoGiven"));
  }
  SECTION("the seller never gave the information: 12 more months (L221-20)") {
    const Value r = refusal({{"reason", "\"too-late\""}, {"withdrawalSent", "\"2026-06-01\""}, {"infoGiven", "false"},
                             {"today", "\"2026-06-02\""}});
    CHECK(outcome(r) == "unlawful");
    CHECK(at(r, "article").text() == "L221-20");
    CHECK(at(at(at(r, "case"), "deadline"), "safe").text() == "2027-04-07");
    CHECK(has_text(at(r, "reply").text(), "prolongé de douze mois (article L221-20)"));
  }
}

TEST_CASE("Cannot be returned: only the 13 exclusions of L221-28, with their exact conditions") {
  SECTION("a category the law does not list: unlawful, the guarantees remain") {
    const Value r = refusal({{"reason", "\"cannot-be-returned\""}, {"withdrawalSent", "\"2026-03-30\""}});
    CHECK(outcome(r) == "unlawful");
    CHECK(at(r, "article").text() == "L221-28");
    const auto arts = texts(at(r, "why"), "article");
    CHECK(contains(arts, "L242-3"));
    CHECK(contains(arts, "L217-3"));
    CHECK(has_text(at(r, "reply").text(), "limitativement énumérées à l'article L221-28"));
  }
  SECTION("goods made to the consumer's specifications: the refusal stands") {
    const Value r = refusal({{"reason", "\"cannot-be-returned\""}, {"personalised", "true"}});
    CHECK(outcome(r) == "lawful");
    CHECK(contains(texts(at(r, "consequences"), "article"), "L217-3"));
  }
}

TEST_CASE("Vouchers: the same means of payment unless the consumer agrees (L221-24)") {
  const std::map<std::string, std::string> sent{{"reason", "\"vouchers\""}, {"withdrawalSent", "\"2026-03-30\""},
                                                {"sellerInformed", "\"2026-03-30\""}, {"sellerCollects", "true"}};
  auto with = [&](const char* accepted) {
    auto m = sent;
    m["voucherAccepted"] = accepted;
    return refusal(m);
  };
  const Value no = with("false");
  CHECK(outcome(no) == "unlawful");
  CHECK(at(no, "article").text() == "L221-24");
  CHECK(has_text(at(no, "reply").text(), "même moyen de paiement"));
  CHECK(has_text(at(no, "reply").text(), "au plus tard le lundi 13 avril 2026"));
  CHECK(outcome(with("true")) == "lawful");
  const Value unknown = refusal(sent);
  CHECK(outcome(unknown) == "cannot-tell");
  CHECK(strings(at(unknown, "missing")) == std::vector<std::string>{"voucherAccepted"});
  const Value not_sent = refusal({{"reason", "\"vouchers\""}});
  CHECK(outcome(not_sent) == "cannot-tell");
  CHECK(contains(texts(at(not_sent, "ask"), "field"), "withdrawalSent"));
}

TEST_CASE("Delivery costs: the standard delivery is refunded") {
  const std::map<std::string, std::string> base{{"reason", "\"delivery-not-refunded\""}, {"withdrawalSent", "\"2026-03-30\""},
                                                {"priceCents", "5000"}, {"deliveryCents", "1500"}};
  auto with = [&](std::map<std::string, std::string> m) {
    for (const auto& kv : base) m.insert(kv);
    return refusal(m);
  };
  const Value dearer = with({{"standardDeliveryCents", "499"}});
  CHECK(outcome(dearer) == "unlawful");
  CHECK(at(at(at(dearer, "case"), "deliveryOwed"), "cents").text() == "499");
  CHECK(has_text(at(dearer, "reply").text(), "les frais de livraison de 4,99"));
  const Value free_standard = with({{"standardDeliveryCents", "0"}});
  CHECK(outcome(free_standard) == "lawful");
  const Value all = with({});
  CHECK(at(at(at(all, "case"), "deliveryOwed"), "cents").text() == "1500");
  CHECK(outcome(refusal({{"reason", "\"delivery-not-refunded\""}, {"withdrawalSent", "\"2026-03-30\""}})) == "cannot-tell");
}

TEST_CASE("Return costs deducted: only if the seller had said they were the consumer's (L221-23)") {
  const Value not_told = refusal({{"reason", "\"return-costs-deducted\""}, {"withdrawalSent", "\"2026-03-30\""},
                                  {"returnCostInformed", "false"}});
  CHECK(outcome(not_told) == "unlawful");
  CHECK(at(not_told, "article").text() == "L221-23");
  CHECK(has_text(at(not_told, "reply").text(), "vous ne m'en aviez pas informé"));
  const Value told = refusal({{"reason", "\"return-costs-deducted\""}, {"withdrawalSent", "\"2026-03-30\""},
                              {"returnCostInformed", "true"}, {"sellerPaysReturn", "false"}});
  CHECK(outcome(told) == "lawful");
  const Value unknown = refusal({{"reason", "\"return-costs-deducted\""}, {"withdrawalSent", "\"2026-03-30\""}});
  CHECK(outcome(unknown) == "cannot-tell");
  CHECK(contains(texts(at(unknown, "ask"), "field"), "returnCostInformed"));
}

TEST_CASE("Not received the return: the refund waits only until goods back or proof of shipment") {
  const std::map<std::string, std::string> base{{"reason", "\"not-received-back\""}, {"withdrawalSent", "\"2026-03-25\""},
                                                {"sellerInformed", "\"2026-03-25\""}, {"sellerCollects", "false"},
                                                {"priceCents", "24990"}, {"deliveryCents", "499"}};
  auto with = [&](std::map<std::string, std::string> m) {
    for (const auto& kv : base) m.insert(kv);
    return refusal(m);
  };
  SECTION("proof of shipment given on 15 April: due that day, 5 days late on 20 April") {
    const Value r = with({{"proofOfShipmentSent", "\"2026-04-15\""}, {"today", "\"2026-04-20\""}});
    CHECK(outcome(r) == "unlawful");
    CHECK(at(r, "article").text() == "L242-4");
    const Value& c = at(r, "case");
    CHECK(at(at(c, "refundDue"), "safe").text() == "2026-04-15");
    CHECK(at(at(c, "refundDue"), "decidedBy").text() == "proof-of-shipment");
    CHECK(at(at(c, "lateRefund"), "daysLate").text() == "5");
    CHECK(has_text(at(r, "reply").text(), "Je vous ai fourni la preuve de l'expédition le mercredi 15 avril 2026"));
  }
  SECTION("neither the goods back nor proof of shipment: the seller may still wait") {
    const Value r = with({{"today", "\"2026-04-20\""}});
    CHECK(outcome(r) == "lawful");
    CHECK(at(r, "article").text() == "L221-24");
  }
  SECTION("nothing sent back yet and whether the seller offered to collect is unknown, 14 days over: cannot tell") {
    const Value r = refusal({{"reason", "\"not-received-back\""}, {"withdrawalSent", "\"2026-03-25\""},
                             {"sellerInformed", "\"2026-03-25\""}, {"today", "\"2026-04-20\""}});
    CHECK(outcome(r) == "cannot-tell");
    CHECK(strings(at(r, "missing")) == std::vector<std::string>{"sellerCollects"});
  }
  SECTION("the seller offered to collect: no waiting, late after the 14 days") {
    const Value r = refusal({{"reason", "\"not-received-back\""}, {"withdrawalSent", "\"2026-03-25\""},
                             {"sellerInformed", "\"2026-03-25\""}, {"sellerCollects", "true"}, {"today", "\"2026-04-20\""}});
    CHECK(outcome(r) == "unlawful");
    CHECK(at(at(at(r, "case"), "refundDue"), "safe").text() == "2026-04-08");
    CHECK(has_text(at(r, "reply").text(), "le remboursement ne pouvait pas être différé"));
  }
  SECTION("the seller was informed: the refund is due only when the 14 days are over") {
    const Value r = with({{"proofOfShipmentSent", "\"2026-03-27\""}, {"today", "\"2026-04-01\""}});
    CHECK(outcome(r) == "lawful");
    CHECK(at(at(at(r, "case"), "refundDue"), "safe").text() == "2026-04-08");
  }
}

TEST_CASE("Third-party seller on a marketplace: a professional has the same duties, a private person none") {
  const Value pro = refusal({{"reason", "\"third-party-seller\""}, {"withdrawalSent", "\"2026-03-30\""}});
  CHECK(outcome(pro) == "unlawful");
  CHECK(has_text(at(pro, "reply").text(), "Vendeur professionnel, vous êtes tenu des mêmes obligations"));
  CHECK(contains(texts(at(pro, "why"), "article"), "D111-8"));
  const Value private_seller = refusal({{"reason", "\"third-party-seller\""}, {"seller", "\"private\""}});
  CHECK(outcome(private_seller) == "lawful");
  CHECK(at(at(private_seller, "next"), "letter").text() == "hiddenDefect");
  const Value unknown = refusal({{"reason", "\"third-party-seller\""}, {"seller", "null"}});
  CHECK(outcome(unknown) == "cannot-tell");
  CHECK(contains(texts(at(unknown, "ask"), "field"), "seller"));
}

TEST_CASE("No answer at all: the L242-4 increase runs by law, without formal notice") {
  const std::map<std::string, std::string> base{{"reason", "\"no-answer\""}, {"withdrawalSent", "\"2026-03-25\""},
                                                {"sellerInformed", "\"2026-03-25\""}, {"sellerCollects", "false"},
                                                {"proofOfShipmentSent", "\"2026-03-30\""}, {"priceCents", "24990"},
                                                {"deliveryCents", "499"}};
  auto with = [&](std::map<std::string, std::string> m) {
    for (const auto& kv : base) m.insert(kv);
    return refusal(m);
  };
  SECTION("due on 8 April, 42 days late on 20 May: 20 % of 254,89 €") {
    const Value r = with({{"today", "\"2026-05-20\""}});
    CHECK(outcome(r) == "unlawful");
    const Value& late = at(at(r, "case"), "lateRefund");
    CHECK(at(late, "daysLate").text() == "42");
    CHECK(at(at(late, "increase"), "cents").text() == "5098");
    CHECK(at(at(late, "totalDue"), "cents").text() == "30587");
    CHECK(has_text(at(r, "reply").text(), "sans qu'une mise en demeure soit nécessaire (article L242-4)"));
    CHECK(at(at(at(r, "next"), "stage"), "id").text() == "complaint");
  }
  SECTION("the complaint already sent: the plan's next stage is the formal notice") {
    const Value r = with({{"today", "\"2026-05-20\""}, {"complaintSent", "\"2026-04-20\""}});
    CHECK(at(at(at(r, "next"), "stage"), "id").text() == "notice");
  }
  SECTION("not yet due: silence is not yet a breach") {
    const Value r = with({{"today", "\"2026-04-05\""}});
    CHECK(outcome(r) == "lawful");
  }
}

TEST_CASE("Outside the withdrawal chapter: the refusal stands, no letter of ours") {
  const Value r = refusal({{"reason", "\"opened-or-used\""}, {"sector", "\"health\""}});
  CHECK(outcome(r) == "lawful");
  CHECK(at(r, "article").text() == "L221-2");
  CHECK(at(at(r, "next"), "letter").is(Value::Type::null));
}

TEST_CASE("Anything else: not in the list, with the general rule") {
  const Value r = refusal({{"reason", "\"other\""}});
  CHECK(outcome(r) == "not-in-list");
  const auto arts = texts(at(r, "why"), "article");
  CHECK(contains(arts, "L221-28"));
  CHECK(contains(arts, "L242-3"));
  CHECK_FALSE(r.find("reply"));
}

TEST_CASE("English explanations, the reply stays French, no ODR platform, ever") {
  const Value r = refusal({{"reason", "\"too-late\""}, {"withdrawalSent", "\"2026-04-07\""}, {"lang", "\"en\""}});
  CHECK(has_text(at(at(r, "why").items().at(0), "text").text(), "The period counts from the actual receipt"));
  CHECK(has_text(at(r, "reply").text(), "Bonjour,"));
  const std::string all = dc::json::serialize(r);
  CHECK_FALSE(has_text(all, "ec.europa.eu/consumers/odr"));
  CHECK_FALSE(has_text(all, "RLL"));
}

TEST_CASE("Refusal errors name the field") {
  const Value bad = ask(R"({"question":"refusal","reason":"nope"})");
  CHECK_FALSE(at(bad, "ok").as_bool());
  CHECK(at(at(bad, "errors").items().at(0), "field").text() == "reason");
  const Value no_today = ask(R"({"question":"refusal","reason":"too-late"})");
  CHECK(at(at(no_today, "errors").items().at(0), "field").text() == "today");
  const Value future = ask(request({{"reason", "\"too-late\""}, {"withdrawalSent", "\"2026-05-01\""}}));
  CHECK(at(at(future, "errors").items().at(0), "field").text() == "withdrawalSent");
}

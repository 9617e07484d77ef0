// Puts the pieces together: eligibility (L221-28…), start (L221-18), counting (L221-19), extension
// (L221-20), how to withdraw (L221-21), return (L221-23) and refund (L221-24).
#include "rules/withdrawal_case.hpp"
#include "text/date_words.hpp"

namespace dc {
namespace {

std::optional<Territory> covered_territory(const PurchaseFacts& p) {
  if (!p.territory) return std::nullopt;
  if (const auto* t = std::get_if<Territory>(&*p.territory)) return *t;
  return std::nullopt;
}

void append(Steps& to, Steps from) {
  for (auto& s : from) to.push_back(std::move(s));
}

Step last_day_step(const PeriodEnd& end, Lang lang) {
  return {tr(lang,
             "Dernier jour pour envoyer votre rétractation : " + long_date(end.safe, lang) +
                 ", avant minuit. C'est la date d'envoi qui compte ; gardez-en la preuve (lettre recommandée, courriel, "
                 "formulaire en ligne du vendeur).",
             "Last day to send your withdrawal: " + long_date(end.safe, lang) +
                 ", before midnight. What counts is the day you send it; keep proof of it (registered letter, e-mail, the "
                 "seller's online form)."),
          art::L221_18};
}

SentInTime sent_in_time(date::sys_days sent, const PeriodEnd& end) {
  if (sent <= end.safe) return SentInTime::yes;
  if (sent <= end.latest) return SentInTime::uncertain;
  return SentInTime::no;
}

Step sent_step(date::sys_days sent, SentInTime in_time, const PeriodEnd& end, Lang lang) {
  const std::string day = long_date(sent, lang);
  switch (in_time) {
    case SentInTime::yes:
      return {tr(lang, "Votre rétractation, envoyée le " + day + ", l'a été dans le délai.",
                 "Your withdrawal, sent on " + day + ", was sent in time."),
              art::dir_2011_83_art11};
    case SentInTime::uncertain:
      return {tr(lang,
                 "Votre rétractation, envoyée le " + day + ", est après la date sûre : elle n'est dans le délai que si "
                 "le jour incertain était chômé (délai jusqu'au " + long_date(end.latest, lang) + ").",
                 "Your withdrawal, sent on " + day + ", is after the safe date: it is in time only if the uncertain day "
                 "was a day off (period until " + long_date(end.latest, lang) + ")."),
              art::L221_19};
    case SentInTime::no: break;
  }
  return {tr(lang,
             "Votre rétractation, envoyée le " + day + ", l'a été après la fin du délai (" + long_date(end.latest, lang) +
                 ") : le vendeur n'est pas tenu de l'accepter.",
             "Your withdrawal, sent on " + day + ", was sent after the period ended (" + long_date(end.latest, lang) +
                 "): the seller need not accept it."),
          art::L221_18};
}

std::optional<WithdrawalPeriod> period_of(const WithdrawalFacts& f, Territory t, Lang lang) {
  const PurchaseFacts& p = f.purchase;
  if (!p.contract) return std::nullopt;
  auto start = withdrawal_start(*p.contract, p.channel, p.concluded, p.received, lang);
  if (!start) return std::nullopt;
  const PeriodEnd initial = days_after(start->event, 14, t);
  WithdrawalPeriod w{*start, initial, std::nullopt, initial, {}, std::nullopt, std::nullopt, std::nullopt, start->steps};
  append(w.steps, explain_fourteen_days(start->event, start->event_fr, start->event_en, lang));
  append(w.steps, explain_roll(initial, lang));
  const std::optional<bool> informed = p.answers[Input::info_given];
  if (informed == false) {
    w.extension = extended_period(initial, f.information_received, t, lang);
    w.end = w.extension->end;
    append(w.steps, w.extension->steps);
  }
  w.from_today = deadline_from_today(w.end, f.today);
  if (!informed) {
    w.if_not_informed = extended_period(initial, f.information_received, t, lang);
    w.if_not_informed_from_today = deadline_from_today(w.if_not_informed->end, f.today);
  }
  w.steps.push_back(last_day_step(w.end, lang));
  if (f.withdrawal_sent) {
    w.sent_in_time = sent_in_time(*f.withdrawal_sent, w.end);
    w.steps.push_back(sent_step(*f.withdrawal_sent, *w.sent_in_time, w.end, lang));
  }
  return w;
}

bool start_date_given(const PurchaseFacts& p) {
  return start_rule(*p.contract) == StartRule::conclusion ? p.concluded.has_value() : p.received.has_value();
}

RefundPart refund_part(const WithdrawalFacts& f, Territory t, Lang lang) {
  const PurchaseFacts& p = f.purchase;
  RefundPart r;
  if (!f.seller_informed) {
    r.missing.push_back(Input::seller_informed);
  } else {
    r.input = RefundDueInput{*f.seller_informed, p.contract && is_goods(*p.contract), p.answers[Input::seller_collects],
                             f.goods_received_back, f.proof_of_shipment_sent, t};
    r.due = refund_due_date(*r.input);
    r.missing = r.due->missing;
    r.steps = explain_refund_due(*r.input, *r.due, lang);
  }
  if (f.price_cents) {
    r.sums = refund_sums(*f.price_cents, f.delivery_cents.value_or(0), f.standard_delivery_cents, lang);
    if (r.sums) append(r.steps, r.sums->steps);
  } else {
    r.steps.push_back(same_means_of_payment(lang));
  }
  return r;
}

}  // namespace

WithdrawalCase assess_withdrawal(const WithdrawalFacts& f, Lang lang) {
  const PurchaseFacts& p = f.purchase;
  WithdrawalCase c{check_eligibility(p, lang), Applies{}, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
  if (const auto* no = std::get_if<DoesNotApply>(&c.eligibility.verdict)) {
    c.verdict = *no;
    return c;
  }
  std::vector<Input> missing;
  if (const auto* unknown = std::get_if<CannotTell>(&c.eligibility.verdict)) missing = unknown->missing;
  const auto territory = covered_territory(p);
  if (territory) c.period = period_of(f, *territory, lang);
  if (p.contract && !start_date_given(p)) missing.push_back(start_input(*p.contract));
  // The extension only lengthens the period: the question matters once the 14 days are over.
  if (c.period && !p.answers[Input::info_given] && c.period->from_today.status != DeadlineStatus::open)
    missing.push_back(Input::info_given);
  if (!missing.empty()) c.verdict = CannotTell{in_asking_order(std::move(missing))};

  c.how = how_to_withdraw(p.concluded, p.answers[Input::online], lang);
  const bool sent_late = c.period && c.period->sent_in_time == SentInTime::no;
  if (!territory || sent_late) return c;
  if (f.withdrawal_sent && p.contract && is_goods(*p.contract))
    c.return_goods = return_due({*f.withdrawal_sent, p.answers[Input::seller_collects],
                                 p.answers[Input::return_cost_informed], p.answers[Input::seller_pays_return],
                                 p.answers[Input::handled_beyond_testing], p.answers[Input::info_given], *territory},
                                lang);
  if (f.withdrawal_sent || f.seller_informed) c.refund = refund_part(f, *territory, lang);
  return c;
}

}  // namespace dc

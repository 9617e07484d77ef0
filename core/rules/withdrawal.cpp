// L221-18 (14 days from receipt of the goods), L221-19 (counting), L221-21/L221-22 (how to
// withdraw and keep proof; rules.md section 4).
#include "rules/withdrawal.hpp"
#include "text/date_words.hpp"

namespace dc {

using date::days;

DeadlineFromToday deadline_from_today(const PeriodEnd& end, date::sys_days today) {
  if (today <= end.safe) return {DeadlineStatus::open, (end.safe - today).count()};
  if (today <= end.latest) return {DeadlineStatus::uncertain, 0};
  return {DeadlineStatus::closed, 0};
}

Steps explain_fourteen_days(date::sys_days event, std::string_view event_fr, std::string_view event_en, Lang lang) {
  const std::string ev_fr(event_fr), ev_en(event_en);
  return {
      {tr(lang,
          "Le jour " + ev_fr + " (" + long_date(event, lang) + ") ne compte pas : le délai commence le " +
              long_date(event + days{1}, lang) + " à 0 h.",
          "The day " + ev_en + " (" + long_date(event, lang) + ") is not counted: the period starts on " +
              long_date(event + days{1}, lang) + " at 0:00."),
       art::L221_19},
      {tr(lang,
          "Le 14e jour est le " + long_date(event + days{14}, lang) + " : le délai expire à la fin de ce jour (23 h 59).",
          "The 14th day is " + long_date(event + days{14}, lang) + ": the period ends at the end of that day (23:59)."),
       art::L221_19},
  };
}

WithdrawalResult goods_withdrawal(const WithdrawalInput& in, Lang lang) {
  WithdrawalResult r{days_after(in.received, 14, in.territory), {}, {}};
  r.from_today = deadline_from_today(r.end, in.today);
  r.steps.push_back(
      {tr(lang,
          "Pour un bien acheté à distance ou hors établissement, vous avez 14 jours pour vous rétracter, à compter de "
          "la réception du bien par vous ou par un tiers que vous avez désigné (pas le transporteur).",
          "For goods bought at a distance or off-premises, you have 14 days to withdraw, from the day you (or a third "
          "party you designated, not the carrier) received the goods."),
       art::L221_18});
  for (auto& s : explain_fourteen_days(in.received, "de la réception", "of receipt", lang)) r.steps.push_back(std::move(s));
  for (auto& s : explain_roll(r.end, lang)) r.steps.push_back(std::move(s));
  r.steps.push_back(
      {tr(lang,
          "Dernier jour pour envoyer votre rétractation : " + long_date(r.end.safe, lang) +
              ", avant minuit. C'est la date d'envoi qui compte ; gardez-en la preuve (lettre recommandée, courriel, "
              "formulaire en ligne du vendeur).",
          "Last day to send your withdrawal: " + long_date(r.end.safe, lang) +
              ", before midnight. What counts is the day you send it; keep proof of it (registered letter, e-mail, the "
              "seller's online form)."),
       art::L221_18});
  return r;
}

}  // namespace dc

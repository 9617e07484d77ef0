// The questions of every input, in French and English (rules.md sections 1, 4, 5 and 8).
#include "rules/inputs.hpp"
#include <algorithm>

namespace dc {
namespace {

constexpr InputOption kSellers[] = {
    {"professional", "Un professionnel (entreprise, commerçant, artisan…)", "A professional (company, trader, craftsman…)"},
    {"private", "Un particulier", "A private person"},
};

constexpr InputOption kChannels[] = {
    {"distance", "À distance : site internet, application, téléphone, courrier",
     "At a distance: website, app, phone, mail order"},
    {"off-premises", "Hors établissement : chez vous, sur votre lieu de travail, après avoir été sollicité par le vendeur",
     "Off-premises: at home, at your workplace, after the seller approached you"},
    {"shop", "En magasin", "In a shop"},
    {"fair", "Sur une foire, un salon ou une exposition commerciale", "At a fair, a show or a trade exhibition"},
};

constexpr InputOption kTerritories[] = {
    {"metropole", "France métropolitaine", "Metropolitan France"},
    {"alsace-moselle", "Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle)", "Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle)"},
    {"guadeloupe", "Guadeloupe", "Guadeloupe"},
    {"martinique", "Martinique", "Martinique"},
    {"guyane", "Guyane", "French Guiana"},
    {"la-reunion", "La Réunion", "Réunion"},
    {"mayotte", "Mayotte", "Mayotte"},
    {"saint-barthelemy", "Saint-Barthélemy", "Saint-Barthélemy"},
    {"saint-martin", "Saint-Martin", "Saint-Martin"},
    {"nouvelle-caledonie", "Nouvelle-Calédonie", "New Caledonia"},
    {"polynesie-francaise", "Polynésie française", "French Polynesia"},
    {"wallis-et-futuna", "Wallis-et-Futuna", "Wallis and Futuna"},
    {"saint-pierre-et-miquelon", "Saint-Pierre-et-Miquelon", "Saint Pierre and Miquelon"},
};

constexpr InputOption kContracts[] = {
    {"goods", "Un bien, livré en une fois", "Goods, delivered in one go"},
    {"goods-several", "Plusieurs biens d'une même commande livrés séparément, ou un bien livré en plusieurs lots ou pièces",
     "Several goods of one order delivered separately, or one good delivered in several lots or parts"},
    {"subscription", "Un abonnement : des biens livrés régulièrement pendant une période",
     "A subscription: goods delivered regularly over a period"},
    {"service", "Un service (travaux, cours, location, prestation…)", "A service (work, lessons, rental…)"},
    {"utility", "De l'eau, du gaz, de l'électricité ou du chauffage urbain (sans volume déterminé)",
     "Water, gas, electricity or district heating (not in a set volume)"},
    {"digital-content", "Un contenu numérique sans support matériel (téléchargement, jeu ou logiciel en ligne…)",
     "Digital content without a tangible medium (download, online game or software…)"},
};

constexpr InputOption kSectors[] = {
    {"none", "Aucun de ces secteurs", "None of these sectors"},
    {"health", "Soins de santé", "Health care"},
    {"financial", "Services financiers (banque, crédit, assurance, placements, paiement)",
     "Financial services (banking, credit, insurance, investments, payment)"},
    {"gambling", "Jeux d'argent (paris, loteries, casinos)", "Gambling (bets, lotteries, casinos)"},
    {"real-estate", "Immobilier", "Real estate"},
    {"package-travel", "Voyage à forfait", "Package travel"},
    {"timeshare", "Temps partagé (multipropriété)", "Timeshare"},
    {"vending-machine", "Achat à un distributeur automatique", "Purchase from a vending machine"},
};

constexpr std::string_view kExclusionHelpFr =
    "Seuls les cas de l'article L221-28 privent du droit de rétractation ; une clause du vendeur qui exclut autre chose "
    "n'a pas d'effet.";
constexpr std::string_view kExclusionHelpEn =
    "Only the cases of article L221-28 remove the withdrawal right; a seller's clause excluding anything else has no "
    "effect.";

using T = InputType;

constexpr std::array<InputSpec, kInputCount> kInputs{{
    {Input::seller, "seller", T::choice, "scope", art::liminaire, "le vendeur", "the seller",
     "Le vendeur est-il un professionnel ou un particulier ?",
     "Is the seller a professional (a business) or a private person?",
     "Sur une place de marché, l'annonce doit indiquer si le vendeur agit en professionnel ou en particulier, selon le "
     "statut qu'il déclare (D111-8) : cherchez la mention « vendeur professionnel », une raison sociale, un numéro "
     "SIRET ou RCS sur sa fiche. Entre particuliers, il n'y a pas de droit de rétractation.",
     "On a marketplace, the offer must say whether the seller acts as a professional or as a private person, as the "
     "seller declares (D111-8): look on the seller's page for « vendeur professionnel », a company name, a SIRET or "
     "RCS number. Between private persons there is no withdrawal right.",
     kSellers},
    {Input::channel, "channel", T::choice, "scope", art::L221_18, "la façon d'acheter", "the way you bought",
     "Comment avez-vous conclu le contrat ?", "How did you conclude the contract?",
     "Le droit légal de rétractation existe pour les achats à distance et hors établissement, pas en magasin ni sur une "
     "foire ou un salon.",
     "The legal withdrawal right exists for purchases at a distance and off-premises, not in a shop nor at a fair or "
     "exhibition.",
     kChannels},
    {Input::territory, "territory", T::choice, "scope", art::L221_19, "le territoire", "the territory",
     "Où habitez-vous ?", "Where do you live?",
     "Les jours fériés de votre territoire peuvent reporter la fin des délais. La Nouvelle-Calédonie, la Polynésie "
     "française, Wallis-et-Futuna et Saint-Pierre-et-Miquelon ont leurs propres règles de consommation.",
     "The public holidays of your territory can move the end of a period. New Caledonia, French Polynesia, Wallis and "
     "Futuna and Saint Pierre and Miquelon have their own consumer rules.",
     kTerritories},
    {Input::contract, "contract", T::choice, "scope", art::L221_18, "le type de contrat", "the kind of contract",
     "Qu'avez-vous acheté ?", "What did you buy?",
     "Le point de départ du délai et les exceptions possibles en dépendent.",
     "The start of the period and the possible exceptions depend on it.", kContracts},
    {Input::sector, "sector", T::choice, "scope", art::L221_2, "le secteur", "the sector",
     "L'achat relève-t-il de l'un de ces secteurs ?", "Does the purchase belong to one of these sectors?",
     "Ces secteurs sont hors du chapitre sur les contrats à distance et hors établissement (L221-2) ; la liste de "
     "l'article est plus longue : en cas de doute, lisez-le.",
     "These sectors are outside the chapter on distance and off-premises contracts (L221-2); the article's list is "
     "longer: if in doubt, read it.",
     kSectors},
    {Input::concluded, "concluded", T::date, "scope", art::L221_18, "la date de conclusion du contrat",
     "the date the contract was concluded",
     "Quel jour le contrat a-t-il été conclu (commande validée, contrat signé) ?",
     "On what day was the contract concluded (order confirmed, contract signed)?",
     "Avant le 14 juin 2014, un autre régime s'appliquait. Pour un service, c'est aussi le départ du délai.",
     "Before 14 June 2014 another regime applied. For a service, it is also when the period starts.", {}},
    {Input::received, "received", T::date, "start", art::L221_18, "la date de réception", "the date of receipt",
     "Quel jour avez-vous reçu le bien (vous-même ou une personne que vous avez désignée, pas le transporteur) ?",
     "On what day did you (or a person you designated, not the carrier) receive the goods?",
     "Pas encore reçu ? Le délai n'a pas commencé : il part de la réception.",
     "Not received yet? The period has not started: it runs from receipt.", {}},
    {Input::received_last, "received", T::date, "start", art::L221_18, "la date de réception du dernier colis",
     "the date the last parcel was received",
     "Quel jour avez-vous reçu le dernier colis, lot ou pièce de la commande ?",
     "On what day did you receive the last parcel, lot or part of the order?",
     "Le délai part de la réception du dernier. Tout n'est pas encore arrivé ? Le délai n'a pas commencé.",
     "The period runs from receipt of the last one. Not everything has arrived? The period has not started.", {}},
    {Input::received_first, "received", T::date, "start", art::L221_18, "la date de la première livraison",
     "the date of the first delivery", "Quel jour avez-vous reçu la première livraison ?",
     "On what day did you receive the first delivery?", "Le délai part de la réception de la première livraison.",
     "The period runs from receipt of the first delivery.", {}},
    {Input::service_fully_performed, "serviceFullyPerformed", T::yes_no, "exclusions", art::L221_28,
     "la réponse sur l'exécution du service", "the answer on the service's performance",
     "Le service a-t-il déjà été entièrement exécuté ?", "Has the service already been fully performed?",
     kExclusionHelpFr, kExclusionHelpEn, {}},
    {Input::service_consent, "serviceConsent", T::yes_no, "exclusions", art::L221_28,
     "la réponse sur votre accord", "the answer on your consent",
     "Avant qu'il commence, aviez-vous expressément accepté qu'il commence pendant le délai de rétractation, et reconnu "
     "que vous perdriez votre droit une fois le service entièrement exécuté ?",
     "Before it began, had you expressly agreed that it would start during the withdrawal period, and acknowledged that "
     "you would lose your right once the service was fully performed?",
     "Cette condition ne vaut que si le contrat vous oblige à payer : pour un service gratuit, répondez oui.",
     "This condition only applies if the contract makes you pay: for a free service, answer yes.", {}},
    {Input::financial_market_price, "financialMarketPrice", T::yes_no, "exclusions", art::L221_28,
     "la réponse sur le prix", "the answer on the price",
     "Le prix dépend-il de fluctuations des marchés financiers que le vendeur ne contrôle pas, et qui peuvent survenir "
     "pendant le délai de rétractation (or ou devises au cours du jour, par exemple) ?",
     "Does the price depend on financial-market fluctuations the seller does not control, which may occur during the "
     "withdrawal period (gold or currencies at the day's rate, for example)?",
     kExclusionHelpFr, kExclusionHelpEn, {}},
    {Input::personalised, "personalised", T::yes_no, "exclusions", art::L221_28,
     "la réponse sur la personnalisation", "the answer on personalisation",
     "Le bien a-t-il été fabriqué selon vos spécifications ou nettement personnalisé (sur mesure, gravure…) ?",
     "Was the item made to your specifications or clearly personalised (made to measure, engraved…)?",
     kExclusionHelpFr, kExclusionHelpEn, {}},
    {Input::perishable, "perishable", T::yes_no, "exclusions", art::L221_28, "la réponse sur la conservation",
     "the answer on keeping", "Le bien risque-t-il de se détériorer ou de se périmer rapidement (produits frais, fleurs…) ?",
     "Is the item liable to deteriorate or expire rapidly (fresh food, flowers…)?", kExclusionHelpFr, kExclusionHelpEn, {}},
    {Input::hygiene_product, "hygieneProduct", T::yes_no, "exclusions", art::L221_28, "la réponse sur l'hygiène",
     "the answer on hygiene",
     "Est-ce un bien qui ne peut pas être renvoyé une fois descellé, pour des raisons d'hygiène ou de protection de la "
     "santé ?",
     "Is it an item that cannot be returned once unsealed, for reasons of hygiene or health protection?",
     kExclusionHelpFr, kExclusionHelpEn, {}},
    {Input::unsealed, "unsealed", T::yes_no, "exclusions", art::L221_28, "la réponse sur le descellement",
     "the answer on unsealing", "Le bien était-il scellé à la livraison, et l'avez-vous descellé depuis ?",
     "Was the item sealed when delivered, and have you unsealed it since?",
     "Tant que vous ne l'avez pas descellé, cette exception ne joue pas.",
     "As long as you have not unsealed it, this exception does not apply.", {}},
    {Input::mixed_inseparably, "mixedInseparably", T::yes_no, "exclusions", art::L221_28, "la réponse sur le mélange",
     "the answer on mixing",
     "Après la livraison, le bien a-t-il été mélangé de manière indissociable avec d'autres articles (du fioul versé dans "
     "une cuve, par exemple) ?",
     "After delivery, was the item inseparably mixed with other items (heating oil poured into a tank, for example)?",
     kExclusionHelpFr, kExclusionHelpEn, {}},
    {Input::alcohol, "alcohol", T::yes_no, "exclusions", art::L221_28, "la réponse sur l'alcool", "the answer on alcohol",
     "Est-ce une boisson alcoolisée ?", "Is it an alcoholic drink?", kExclusionHelpFr, kExclusionHelpEn, {}},
    {Input::alcohol_late_delivery, "alcoholLateDelivery", T::yes_no, "exclusions", art::L221_28,
     "la réponse sur la livraison", "the answer on delivery",
     "La livraison était-elle prévue plus de 30 jours après la conclusion du contrat ?",
     "Was delivery set for more than 30 days after the contract was concluded?", "", "", {}},
    {Input::alcohol_market_value, "alcoholMarketValue", T::yes_no, "exclusions", art::L221_28,
     "la réponse sur la valeur", "the answer on value",
     "La valeur convenue à la conclusion du contrat dépend-elle de fluctuations du marché que le vendeur ne contrôle pas "
     "(vin en primeur, par exemple) ?",
     "Does the value agreed when the contract was concluded depend on market fluctuations the seller does not control "
     "(wine bought en primeur, for example)?",
     "", "", {}},
    {Input::urgent_repair, "urgentRepair", T::yes_no, "exclusions", art::L221_28, "la réponse sur le dépannage",
     "the answer on the repair",
     "Est-ce un entretien ou une réparation à faire en urgence chez vous, que vous avez vous-même expressément demandé ?",
     "Is it maintenance or repair work to be done urgently at your home, which you yourself expressly asked for?",
     "L'exception se limite aux pièces et travaux strictement nécessaires pour répondre à l'urgence.",
     "The exception is limited to the parts and work strictly needed to deal with the emergency.", {}},
    {Input::recording_or_software, "recordingOrSoftware", T::yes_no, "exclusions", art::L221_28,
     "la réponse sur l'enregistrement ou le logiciel", "the answer on the recording or software",
     "Est-ce un enregistrement audio ou vidéo ou un logiciel informatique, sur un support (CD, DVD, jeu en boîte…) ?",
     "Is it an audio or video recording or computer software, on a medium (CD, DVD, boxed game…)?", kExclusionHelpFr,
     kExclusionHelpEn, {}},
    {Input::newspaper, "newspaper", T::yes_no, "exclusions", art::L221_28, "la réponse sur la presse",
     "the answer on the press", "Est-ce un journal, un périodique ou un magazine ?",
     "Is it a newspaper, a periodical or a magazine?",
     "Les abonnements à ces publications ne sont pas exclus.", "Subscriptions to these publications are not excluded.", {}},
    {Input::public_auction, "publicAuction", T::yes_no, "exclusions", art::L221_28, "la réponse sur les enchères",
     "the answer on auctions", "L'avez-vous acheté lors d'une vente aux enchères publiques ?",
     "Did you buy it at a public auction?", kExclusionHelpFr, kExclusionHelpEn, {}},
    {Input::accommodation_or_leisure, "accommodationOrLeisure", T::yes_no, "exclusions", art::L221_28,
     "la réponse sur le type de service", "the answer on the kind of service",
     "Est-ce un hébergement (autre que pour y habiter), un transport de biens, une location de voiture, de la "
     "restauration ou une activité de loisirs ?",
     "Is it accommodation (other than to live in), transport of goods, car rental, catering or a leisure activity?",
     kExclusionHelpFr, kExclusionHelpEn, {}},
    {Input::specific_date, "specificDate", T::yes_no, "exclusions", art::L221_28, "la réponse sur la date",
     "the answer on the date", "Doit-il être fourni à une date ou pendant une période déterminée ?",
     "Is it to be provided on a specific date or during a specific period?", "", "", {}},
    {Input::digital_begun, "digitalBegun", T::yes_no, "exclusions", art::L221_28, "la réponse sur l'exécution",
     "the answer on performance",
     "La fourniture du contenu numérique a-t-elle commencé (téléchargement ou accès commencé) ?",
     "Has the supply of the digital content begun (download or access started)?", kExclusionHelpFr, kExclusionHelpEn,
     {}},
    {Input::digital_consent, "digitalConsent", T::yes_no, "exclusions", art::L221_28, "la réponse sur votre accord",
     "the answer on your consent",
     "Aviez-vous donné au préalable votre accord exprès pour qu'elle commence, et reconnu que vous perdriez votre droit "
     "de rétractation ?",
     "Had you given your prior express consent for it to begin, and acknowledged that you would lose your withdrawal "
     "right?",
     "", "", {}},
    {Input::digital_confirmation, "digitalConfirmation", T::yes_no, "exclusions", art::L221_13,
     "la réponse sur la confirmation", "the answer on the confirmation",
     "Le vendeur vous a-t-il confirmé cet accord sur un support durable (courriel, document PDF…) ?",
     "Did the seller confirm that consent to you on a durable medium (e-mail, PDF document…)?", "", "", {}},
    {Input::info_given, "infoGiven", T::yes_no, "information", art::L221_5, "la réponse sur l'information",
     "the answer on the information",
     "Avant l'achat, le vendeur vous a-t-il informé de votre droit de rétractation (conditions, délai, modalités, "
     "formulaire type) ?",
     "Before the purchase, did the seller inform you of your withdrawal right (conditions, time limit, how to, model "
     "form)?",
     "Sans cette information, le délai est prolongé de 12 mois (L221-20).",
     "Without this information, the period is extended by 12 months (L221-20).", {}},
    {Input::information_received, "informationReceived", T::date, "information", art::L221_20,
     "la date où l'information a été reçue", "the date the information was received",
     "Avez-vous reçu cette information plus tard ? Si oui, quel jour ?",
     "Did you receive that information later? If so, on what day?",
     "Reçue pendant la prolongation, elle fait courir 14 jours à partir de sa réception.",
     "Received during the extension, it starts 14 days from its receipt.", {}},
    {Input::online, "online", T::yes_no, "how", art::L221_21, "la réponse sur l'achat en ligne",
     "the answer on buying online",
     "Avez-vous conclu le contrat sur le site internet ou l'application du vendeur ?",
     "Did you conclude the contract on the seller's website or app?",
     "Depuis le 19 juin 2026, un vendeur en ligne doit proposer une fonction « renoncer au contrat ici ».",
     "Since 19 June 2026, an online seller must offer a « renoncer au contrat ici » (withdraw from the contract here) "
     "function.",
     {}},
    {Input::withdrawal_sent, "withdrawalSent", T::date, "return", art::L221_23, "la date d'envoi de la rétractation",
     "the date the withdrawal was sent", "Quel jour avez-vous envoyé votre rétractation ?",
     "On what day did you send your withdrawal?", "", "", {}},
    {Input::seller_collects, "sellerCollects", T::yes_no, "return", art::L221_23,
     "la réponse sur la récupération du bien", "the answer on collection",
     "Le vendeur a-t-il proposé de récupérer lui-même le bien ?", "Did the seller offer to collect the goods himself?",
     "S'il l'a proposé, vous n'avez pas à renvoyer le bien vous-même, et il ne peut pas différer le remboursement "
     "jusqu'à le récupérer.",
     "If he did, you do not have to send the goods back yourself, and he cannot hold back the refund until he gets "
     "them.",
     {}},
    {Input::return_cost_informed, "returnCostInformed", T::yes_no, "return", art::L221_23,
     "la réponse sur les frais de renvoi", "the answer on return costs",
     "Le vendeur vous avait-il informé que les frais de renvoi seraient à votre charge ?",
     "Had the seller told you that the cost of sending the goods back would be yours?",
     "S'il ne l'a pas dit, c'est à lui de les payer.", "If he did not say so, he must pay them.", {}},
    {Input::seller_pays_return, "sellerPaysReturn", T::yes_no, "return", art::L221_23,
     "la réponse sur la prise en charge du retour", "the answer on who pays the return",
     "Le vendeur a-t-il accepté de prendre les frais de renvoi à sa charge ?", "Did the seller agree to pay the return cost?",
     "", "", {}},
    {Input::handled_beyond_testing, "handledBeyondTesting", T::yes_no, "return", art::L221_23,
     "la réponse sur la manipulation du bien", "the answer on handling",
     "Avez-vous manipulé le bien au-delà de ce qui est nécessaire pour établir sa nature, ses caractéristiques et son "
     "bon fonctionnement (plus qu'un essai comme en magasin) ?",
     "Did you handle the goods beyond what is needed to establish their nature, characteristics and functioning (more "
     "than trying them as in a shop)?",
     "Un essai comme en magasin ne vous rend redevable d'aucune dépréciation.",
     "Trying the goods as in a shop makes you liable for no loss in value.", {}},
    {Input::seller_informed, "sellerInformed", T::date, "refund", art::L221_24,
     "la date où le vendeur a été informé", "the date the seller was informed",
     "Quel jour le vendeur a-t-il été informé de votre rétractation ?",
     "On what day was the seller informed of your withdrawal?",
     "Par courriel ou par le formulaire en ligne du vendeur, c'est le jour de sa réception (souvent celui de l'envoi) ; "
     "par lettre recommandée, la date de distribution sur l'avis de réception.",
     "By e-mail or the seller's online form, the day it reached him (often the day it was sent); by registered letter, "
     "the delivery date on the acknowledgement of receipt.",
     {}},
    {Input::goods_received_back, "goodsReceivedBack", T::date, "refund", art::L221_24,
     "la date où le vendeur a récupéré le bien", "the date the seller got the goods back",
     "Quel jour le vendeur a-t-il récupéré le bien ?", "On what day did the seller get the goods back?",
     "Laissez vide si ce n'est pas encore le cas ou si vous ne le savez pas.",
     "Leave empty if it has not happened yet or you do not know.", {}},
    {Input::proof_of_shipment_sent, "proofOfShipmentSent", T::date, "refund", art::L221_24,
     "la date où vous avez fourni la preuve d'expédition", "the date you gave the proof of shipment",
     "Quel jour avez-vous fourni au vendeur la preuve que vous avez expédié le bien ?",
     "On what day did you give the seller proof that you had shipped the goods?",
     "Laissez vide si vous ne l'avez pas fournie.", "Leave empty if you have not given it.", {}},
}};

constexpr bool table_in_enum_order() {
  for (std::size_t i = 0; i < kInputs.size(); ++i)
    if (static_cast<std::size_t>(kInputs[i].id) != i) return false;
  return true;
}
static_assert(table_in_enum_order(), "kInputs must list every Input in the enum's order");

}  // namespace

const InputSpec& input_spec(Input id) { return kInputs[static_cast<std::size_t>(id)]; }

std::span<const InputSpec> all_inputs() { return kInputs; }

std::vector<Input> in_asking_order(std::vector<Input> inputs) {
  std::sort(inputs.begin(), inputs.end());
  inputs.erase(std::unique(inputs.begin(), inputs.end()), inputs.end());
  return inputs;
}

}  // namespace dc

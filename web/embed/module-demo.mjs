import { load } from './droitconso.mjs';

const engine = await load();
const result = engine.ask({ question: 'withdrawal', contract: 'goods', received: '2026-01-14',
  territory: 'metropole', today: '2026-01-20', lang: 'fr' });
document.getElementById('module-result').textContent = result.ok
  ? `Dernier jour : ${result.deadline.safe} (${result.status}, ${result.daysLeft} jours restants)`
  : result.errors.map((e) => e.message).join(' ');

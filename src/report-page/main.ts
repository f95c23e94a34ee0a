/**
 * The mtlint HTML report's script, bundled into one file at build time (scripts/build/report-page.ts)
 * and inlined into every report: the overview table, the document views built on demand, the
 * review desk, the keyboard.
 */
import { setupReview } from './decisions.js';
import { route, setupNavigation } from './navigation.js';
import { setupOverview } from './overview.js';

setupOverview();
setupReview();
setupNavigation();
route();
document.documentElement.setAttribute('data-ready-ms', String(Math.round(performance.now())));
document.documentElement.setAttribute('data-ready', 'true');

// First step of a deployment build (`npm run build:deploy`): stops with a clear message when SITE_URL is
// unset or local. See lib/site/site-url.ts.
import { deploySiteUrlProblem } from '../lib/site/site-url';

const problem = deploySiteUrlProblem(process.env.SITE_URL);
if (problem) {
  console.error(`\nDeployment build stopped: ${problem}\n`);
  process.exit(1);
}
console.log(`Deployment build for ${process.env.SITE_URL}: QR codes and links will point there.`);

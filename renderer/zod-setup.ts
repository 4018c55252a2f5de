/**
 * Must be the renderer's first import. Zod compiles fast object parsers with `new Function`
 * unless told not to, and even its probe for that is reported as a CSP violation under our
 * `script-src 'self'`. Schemas read this flag when they are built, so it is set before any
 * module that defines one is evaluated.
 */
import { z } from 'zod';

z.config({ jitless: true });

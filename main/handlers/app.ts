import { ok } from '../../models/api';
import type { Implementation } from './types';
import pkg from '../../package.json' with { type: 'json' };

export const appInfo: Implementation<'app:info'> = () => ok({ name: 'SkillMix', version: pkg.version });

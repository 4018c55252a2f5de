import { ok } from '../../models/api';
import { defaultProject } from '../../models/project';
import type { Implementation } from './types';

export const projectDefault: Implementation<'project:default'> = () => ok(defaultProject());

// The data files shipped with the package: built-in presets and the model catalog in `policies/`.
import { builtinText } from './builtin-files.js';

export const BUILTIN_PRESETS = ['minimal', 'recommended', 'strict'] as const;
export type BuiltinPreset = (typeof BUILTIN_PRESETS)[number];

export function isBuiltinPreset(name: string): name is BuiltinPreset {
  return (BUILTIN_PRESETS as readonly string[]).includes(name);
}

export function readBuiltin(name: BuiltinPreset | 'models' | 'providers'): { file: string; text: string } {
  return { file: `policies/${name}.yml`, text: builtinText(name) };
}

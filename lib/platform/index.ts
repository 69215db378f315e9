import { chromiumPlatform } from './chromium';
import { firefoxPlatform } from './firefox';
import type { Platform } from './types';

export type { EngineHost, Platform } from './types';

/** This browser's platform layer; the build keeps only the one it targets. */
export const platform: Platform = import.meta.env.FIREFOX ? firefoxPlatform : chromiumPlatform;

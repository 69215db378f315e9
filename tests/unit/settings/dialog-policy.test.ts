import { describe, expect, it } from 'vitest';
import { DEFAULT_DIALOG_POLICY } from '../../../lib/dialog/policy';
import { dialogPolicyFrom } from '../../../lib/settings/dialog-policy';
import { defaultSettings } from '../../../lib/settings/schema';

describe('dialogPolicyFrom', () => {
  it('maps the defaults onto a complete dialog policy', () => {
    const policy = dialogPolicyFrom(defaultSettings());
    expect(Object.keys(policy).sort()).toEqual(Object.keys(DEFAULT_DIALOG_POLICY).sort());
    expect(policy).toMatchObject({ enforcementMode: 'warn', allowPostOriginal: true, justificationReasons: [], onCheckFailure: 'warn' });
  });

  it('carries policy: no original, IG contact, required reasons, fail closed', () => {
    const settings = { ...defaultSettings(), allowPostOriginal: false, igContact: 'IG ext 1', requireReason: true, reasonList: ['A', 'B'], onCheckFailure: 'hold' as const };
    expect(dialogPolicyFrom(settings)).toMatchObject({
      enforcementMode: 'justify', allowPostOriginal: false, igContact: 'IG ext 1', justificationReasons: ['A', 'B'], onCheckFailure: 'block',
    });
  });

  it('keeps block and audit as they are', () => {
    expect(dialogPolicyFrom({ ...defaultSettings(), enforcementMode: 'block', requireReason: true }).enforcementMode).toBe('block');
    expect(dialogPolicyFrom({ ...defaultSettings(), enforcementMode: 'audit' }).enforcementMode).toBe('audit');
  });
});

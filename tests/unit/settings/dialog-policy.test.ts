import { describe, expect, it } from 'vitest';
import { DEFAULT_DIALOG_POLICY } from '../../../lib/settings/dialog-policy';
import { dialogPolicyFrom } from '../../../lib/settings/dialog-policy';
import { defaultSettings } from '../../../lib/settings/schema';

describe('dialogPolicyFrom', () => {
  it('maps the defaults onto a complete dialog policy', () => {
    const policy = dialogPolicyFrom(defaultSettings());
    expect(Object.keys(policy).sort()).toEqual(Object.keys(DEFAULT_DIALOG_POLICY).sort());
    expect(policy).toMatchObject({ mode: 'confirm', otherReasons: [], onCheckFailure: 'warn', stripMetadata: true, autoContinueOnClear: true });
    expect(policy.profileStatement).toBe(defaultSettings().consentStatementText);
  });

  it('carries each setting under one name: mode, reasons, failure, metadata, statement, contact', () => {
    const settings = {
      ...defaultSettings(), enforcementMode: 'block' as const, otherReasons: ['A'], onCheckFailure: 'hold' as const,
      alwaysStripMetadata: false, consentStatementText: '  Mine.  ', igContact: 'IG ext 1', noticeOnClearImages: false,
    };
    expect(dialogPolicyFrom(settings)).toMatchObject({
      mode: 'block', otherReasons: ['A'], onCheckFailure: 'hold', stripMetadata: false, profileStatement: 'Mine.', igContact: 'IG ext 1', autoContinueOnClear: false,
    });
  });

  it('keeps warn and confirm apart, and shows a session opened in off or audit mode as confirm', () => {
    expect(dialogPolicyFrom({ ...defaultSettings(), enforcementMode: 'warn' }).mode).toBe('warn');
    expect(dialogPolicyFrom({ ...defaultSettings(), enforcementMode: 'confirm' }).mode).toBe('confirm');
    expect(dialogPolicyFrom({ ...defaultSettings(), enforcementMode: 'audit' }).mode).toBe('confirm');
    expect(dialogPolicyFrom({ ...defaultSettings(), enforcementMode: 'off' }).mode).toBe('confirm');
  });
});

// Any permission change must be deliberate: this snapshot fails until it is updated on purpose
// (DESIGN.md §6). The built manifests are checked again end-to-end in tests/e2e/security.spec.ts.
import config from '@/wxt.config';

type ManifestFn = (env: { browser: string; manifestVersion: 3; mode: string; command: string }) => Record<string, unknown>;

function manifestFor(browser: 'chrome' | 'firefox') {
  const manifest = (config.manifest as ManifestFn)({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
  const { permissions, host_permissions, optional_host_permissions, browser_specific_settings } = manifest;
  return { permissions, host_permissions, optional_host_permissions, browser_specific_settings };
}

describe('manifest permissions', () => {
  it('asks Chrome for exactly the permissions of DESIGN.md §6', () => {
    expect(manifestFor('chrome')).toStrictEqual({
      permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'contextMenus', 'activeTab', 'scripting', 'sidePanel'],
      host_permissions: ['https://mail.google.com/*', 'https://www.linkedin.com/*'],
      optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*', 'https://api.hubapi.com/*', 'https://api.pipedrive.com/*', 'https://api.attio.com/*', 'https://api.twenty.com/*'],
      browser_specific_settings: undefined,
    });
  });

  it('gives Firefox a gecko id and data collection declaration, and no sidePanel permission', () => {
    expect(manifestFor('firefox')).toStrictEqual({
      permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'contextMenus', 'activeTab', 'scripting'],
      host_permissions: ['https://mail.google.com/*', 'https://www.linkedin.com/*'],
      optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*', 'https://api.hubapi.com/*', 'https://api.pipedrive.com/*', 'https://api.attio.com/*', 'https://api.twenty.com/*'],
      browser_specific_settings: {
        gecko: { id: 'leadclip@leadclip.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      },
    });
  });
});

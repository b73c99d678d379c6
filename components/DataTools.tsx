// The options page's data tools (DESIGN.md §9 "Data": export, import, erase) and storage health.
import type { Settings } from '@/lib/schema';
import { DataToolsErase } from './DataToolsErase';
import { DataToolsExport } from './DataToolsExport';
import { DataToolsImport } from './DataToolsImport';
import { DataToolsStorage } from './DataToolsStorage';
import './DataTools.css';

export function DataTools({ settings }: { settings: Settings }) {
  return (
    <div className="data-tools">
      <DataToolsStorage />
      <DataToolsExport settings={settings} />
      <DataToolsImport />
      <DataToolsErase />
    </div>
  );
}

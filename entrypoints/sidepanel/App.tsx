import { CaptureReview } from '@/components/CaptureReview';
import { Workspace } from '@/components/Workspace';
import './App.css';

export function App() {
  return (
    <div className="sidepanel">
      <header className="sidepanel-header">
        <h1>LeadClip</h1>
      </header>
      <main>
        <CaptureReview />
        <Workspace />
      </main>
    </div>
  );
}

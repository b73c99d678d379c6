import { CaptureReview } from '@/components/CaptureReview';
import { LeadList } from '@/components/LeadList';
import './App.css';

export function App() {
  return (
    <div className="sidepanel">
      <header className="sidepanel-header">
        <h1>LeadClip</h1>
      </header>
      <main>
        <CaptureReview />
        <LeadList />
      </main>
    </div>
  );
}

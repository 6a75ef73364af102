import { render } from 'preact';

// Placeholder until the popup issue: says what Candor is so the toolbar button is not blank.
function Popup() {
  return (
    <main style={{ font: '14px system-ui', padding: '12px', width: '280px' }}>
      <h1 style={{ fontSize: '16px', margin: 0 }}>Candor</h1>
      <p>Writing coach for Slack, Gmail and Notion. Everything runs on this machine.</p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);

/**
 * Resolves in a new task, so that the browser can paint and handle input in between.
 * A message channel, not setTimeout(0): nested timeouts are clamped to 4 ms each.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
    channel.port2.postMessage(null);
  });
}

export async function benchLighthouse() {
  throw new Error('not available: not wired yet');
}

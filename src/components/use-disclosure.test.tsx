// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useDisclosure } from './use-disclosure';

function Panel({ staysOpenOnPressOutside }: { staysOpenOnPressOutside?: boolean }) {
  const { open, panelId, containerRef, buttonRef, onKeyDown, buttonProps } = useDisclosure({
    staysOpenOnPressOutside,
  });
  return (
    <>
      <p>Outside</p>
      <div ref={containerRef} onKeyDown={onKeyDown}>
        <button ref={buttonRef} type="button" {...buttonProps}>
          Options
        </button>
        <div id={panelId} role="group" aria-label="Options" hidden={!open}>
          <button type="button">Inside</button>
        </div>
      </div>
    </>
  );
}

describe('useDisclosure', () => {
  it('opens and closes with its button, naming the panel it controls', async () => {
    const user = userEvent.setup();
    render(<Panel />);
    const button = screen.getByRole('button', { name: 'Options' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button.getAttribute('aria-controls')).toBe(
      screen.getByRole('group', { name: 'Options' }).id,
    );
    await user.click(button);
    expect(screen.queryByRole('group', { name: 'Options' })).toBeNull();
  });

  it('closes on Escape and gives focus back to the button', async () => {
    const user = userEvent.setup();
    render(<Panel />);
    await user.click(screen.getByRole('button', { name: 'Options' }));
    await user.click(screen.getByRole('button', { name: 'Inside' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Options' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Options' })).toHaveFocus();
  });

  it.each([
    [false, false],
    [true, true],
  ])('a press outside (stays open: %s) leaves it open: %s', async (staysOpen, openAfter) => {
    const user = userEvent.setup();
    render(<Panel staysOpenOnPressOutside={staysOpen} />);
    await user.click(screen.getByRole('button', { name: 'Options' }));
    await user.click(screen.getByRole('button', { name: 'Inside' }));
    expect(screen.getByRole('group', { name: 'Options' })).toBeVisible();
    await user.click(screen.getByText('Outside'));
    expect(screen.queryByRole('group', { name: 'Options' }) !== null).toBe(openAfter);
  });
});

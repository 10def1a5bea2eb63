import { useDisclosure } from '../components/use-disclosure';
import { useImportController } from '../features/import';
import { DatasetList, useDatasetStore } from '../features/storage';

/**
 * The "Datasets" disclosure in the header: the stored datasets with rename, replace, remove and
 * clear all. Escape inside the panel closes it and puts focus back on the button.
 */
export function DatasetsMenu() {
  const { entries } = useDatasetStore();
  const { start } = useImportController();
  const { open, panelId, containerRef, buttonRef, onKeyDown, buttonProps } = useDisclosure({
    staysOpenOnPressOutside: true,
  });

  return (
    <div ref={containerRef} className="relative" data-share-skip="" onKeyDown={onKeyDown}>
      <button ref={buttonRef} type="button" className="rp-button" {...buttonProps}>
        Datasets{entries.length > 0 ? ` (${entries.length})` : ''}
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-30 mt-1 max-h-[70vh] w-[min(28rem,calc(100vw-2rem))] overflow-y-auto rounded-md border border-line bg-panel p-3 shadow-lg dark:border-night-line dark:bg-night-panel"
      >
        {/* The replacement goes through the import dialog like any upload. */}
        <DatasetList onReplaceFiles={(id, files) => start(files, { replaces: id })} />
      </div>
    </div>
  );
}

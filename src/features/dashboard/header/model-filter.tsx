import { summariseChoice } from '../../../domain/view/region-selection';
import { Checkbox } from './checkbox';
import { Disclosure } from './disclosure';

interface ModelFilterProps {
  /** The dataset's named models ('' = no model given is not offered on its own). */
  available: string[];
  /** Empty = all models. */
  models: string[];
  onChange: (models: string[]) => void;
}

export function ModelFilter({ available, models, onChange }: ModelFilterProps) {
  const toggle = (model: string) =>
    onChange(models.includes(model) ? models.filter((m) => m !== model) : [...models, model]);
  return (
    <Disclosure label="Models" summary={summariseChoice(models, 'All models')}>
      <ul className="space-y-1 text-sm">
        <li>
          <Checkbox
            label="All models"
            checked={models.length === 0}
            onChange={() => onChange([])}
          />
        </li>
        {available.map((model) => (
          <li key={model}>
            <Checkbox
              label={model}
              checked={models.includes(model)}
              onChange={() => toggle(model)}
            />
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}

import { regionLabel, type RegionGroup } from '../../../domain/records/regions';
import {
  isContinentChecked,
  isMemberChecked,
  pickableMembers,
  summariseChoice,
  toggleContinent,
  toggleMember,
} from '../../../domain/view/region-selection';
import { Checkbox } from './checkbox';
import { Disclosure } from './disclosure';

interface RegionsPickerProps {
  tree: RegionGroup[];
  /** Continents and region values as given; empty = all regions. */
  regions: string[];
  onChange: (regions: string[]) => void;
}

/** "All regions", each continent of the data, and its countries indented below it. */
export function RegionsPicker({ tree, regions, onChange }: RegionsPickerProps) {
  return (
    <Disclosure label="Regions" summary={summariseChoice(regions, 'All regions', regionLabel)}>
      <ul className="space-y-1 text-sm">
        <li>
          <Checkbox
            label="All regions"
            checked={regions.length === 0}
            onChange={() => onChange([])}
          />
        </li>
        {tree.map((group) => {
          const members = pickableMembers(group);
          return (
            <li key={group.continent}>
              <Checkbox
                label={group.continent}
                strong
                checked={isContinentChecked(regions, group)}
                onChange={() => onChange(toggleContinent(regions, group))}
              />
              {members.length > 0 ? (
                <ul className="ml-6 space-y-1">
                  {members.map((member) => (
                    <li key={member}>
                      <Checkbox
                        label={regionLabel(member)}
                        checked={isMemberChecked(regions, group, member)}
                        onChange={() => onChange(toggleMember(regions, group, member))}
                      />
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Disclosure>
  );
}

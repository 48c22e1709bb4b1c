import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace drover {

    namespace v1 {

        interface IFrameworkID extends drover.v1.FrameworkID.$Properties {
        }

        class FrameworkID {
            constructor(properties?: drover.v1.FrameworkID.$Properties);
            $unknowns?: Uint8Array[];
            value: string;
            static create(properties: drover.v1.FrameworkID.$Shape): drover.v1.FrameworkID & drover.v1.FrameworkID.$Shape;
            static create(properties?: drover.v1.FrameworkID.$Properties): drover.v1.FrameworkID;
            static encode(message: drover.v1.FrameworkID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.FrameworkID & drover.v1.FrameworkID.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.FrameworkID;
            static toObject(message: drover.v1.FrameworkID, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FrameworkID {
            interface $Properties {
                value?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.FrameworkID.$Properties;
        }

        interface IAgentID extends drover.v1.AgentID.$Properties {
        }

        class AgentID {
            constructor(properties?: drover.v1.AgentID.$Properties);
            $unknowns?: Uint8Array[];
            value: string;
            static create(properties: drover.v1.AgentID.$Shape): drover.v1.AgentID & drover.v1.AgentID.$Shape;
            static create(properties?: drover.v1.AgentID.$Properties): drover.v1.AgentID;
            static encode(message: drover.v1.AgentID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.AgentID & drover.v1.AgentID.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.AgentID;
            static toObject(message: drover.v1.AgentID, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentID {
            interface $Properties {
                value?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.AgentID.$Properties;
        }

        interface IOfferID extends drover.v1.OfferID.$Properties {
        }

        class OfferID {
            constructor(properties?: drover.v1.OfferID.$Properties);
            $unknowns?: Uint8Array[];
            value: string;
            static create(properties: drover.v1.OfferID.$Shape): drover.v1.OfferID & drover.v1.OfferID.$Shape;
            static create(properties?: drover.v1.OfferID.$Properties): drover.v1.OfferID;
            static encode(message: drover.v1.OfferID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.OfferID & drover.v1.OfferID.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.OfferID;
            static toObject(message: drover.v1.OfferID, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace OfferID {
            interface $Properties {
                value?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.OfferID.$Properties;
        }

        interface ITaskID extends drover.v1.TaskID.$Properties {
        }

        class TaskID {
            constructor(properties?: drover.v1.TaskID.$Properties);
            $unknowns?: Uint8Array[];
            value: string;
            static create(properties: drover.v1.TaskID.$Shape): drover.v1.TaskID & drover.v1.TaskID.$Shape;
            static create(properties?: drover.v1.TaskID.$Properties): drover.v1.TaskID;
            static encode(message: drover.v1.TaskID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.TaskID & drover.v1.TaskID.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.TaskID;
            static toObject(message: drover.v1.TaskID, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskID {
            interface $Properties {
                value?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.TaskID.$Properties;
        }

        interface IExecutorID extends drover.v1.ExecutorID.$Properties {
        }

        class ExecutorID {
            constructor(properties?: drover.v1.ExecutorID.$Properties);
            $unknowns?: Uint8Array[];
            value: string;
            static create(properties: drover.v1.ExecutorID.$Shape): drover.v1.ExecutorID & drover.v1.ExecutorID.$Shape;
            static create(properties?: drover.v1.ExecutorID.$Properties): drover.v1.ExecutorID;
            static encode(message: drover.v1.ExecutorID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ExecutorID & drover.v1.ExecutorID.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.ExecutorID;
            static toObject(message: drover.v1.ExecutorID, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecutorID {
            interface $Properties {
                value?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.ExecutorID.$Properties;
        }

        interface IContainerID extends drover.v1.ContainerID.$Properties {
        }

        class ContainerID {
            constructor(properties?: drover.v1.ContainerID.$Properties);
            $unknowns?: Uint8Array[];
            value: string;
            static create(properties: drover.v1.ContainerID.$Shape): drover.v1.ContainerID & drover.v1.ContainerID.$Shape;
            static create(properties?: drover.v1.ContainerID.$Properties): drover.v1.ContainerID;
            static encode(message: drover.v1.ContainerID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ContainerID & drover.v1.ContainerID.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.ContainerID;
            static toObject(message: drover.v1.ContainerID, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerID {
            interface $Properties {
                value?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.ContainerID.$Properties;
        }

        enum ValueType {
            VALUE_TYPE_UNSPECIFIED = 0,
            SCALAR = 1,
            RANGES = 2,
            SET = 3,
            TEXT = 4
        }

        interface IScalar extends drover.v1.Scalar.$Properties {
        }

        class Scalar {
            constructor(properties?: drover.v1.Scalar.$Properties);
            $unknowns?: Uint8Array[];
            value: number;
            static create(properties: drover.v1.Scalar.$Shape): drover.v1.Scalar & drover.v1.Scalar.$Shape;
            static create(properties?: drover.v1.Scalar.$Properties): drover.v1.Scalar;
            static encode(message: drover.v1.Scalar.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Scalar & drover.v1.Scalar.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.Scalar;
            static toObject(message: drover.v1.Scalar, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Scalar {
            interface $Properties {
                value?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.Scalar.$Properties;
        }

        interface IRange extends drover.v1.Range.$Properties {
        }

        class Range {
            constructor(properties?: drover.v1.Range.$Properties);
            $unknowns?: Uint8Array[];
            begin: number;
            end: number;
            static create(properties: drover.v1.Range.$Shape): drover.v1.Range & drover.v1.Range.$Shape;
            static create(properties?: drover.v1.Range.$Properties): drover.v1.Range;
            static encode(message: drover.v1.Range.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Range & drover.v1.Range.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.Range;
            static toObject(message: drover.v1.Range, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Range {
            interface $Properties {
                begin?: (number|null);
                end?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.Range.$Properties;
        }

        interface IRanges extends drover.v1.Ranges.$Properties {
        }

        class Ranges {
            constructor(properties?: drover.v1.Ranges.$Properties);
            $unknowns?: Uint8Array[];
            range: drover.v1.Range.$Properties[];
            static create(properties: drover.v1.Ranges.$Shape): drover.v1.Ranges & drover.v1.Ranges.$Shape;
            static create(properties?: drover.v1.Ranges.$Properties): drover.v1.Ranges;
            static encode(message: drover.v1.Ranges.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Ranges & drover.v1.Ranges.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.Ranges;
            static toObject(message: drover.v1.Ranges, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ranges {
            interface $Properties {
                range?: (drover.v1.Range.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.Ranges.$Properties;
        }

        interface IValueSet extends drover.v1.ValueSet.$Properties {
        }

        class ValueSet {
            constructor(properties?: drover.v1.ValueSet.$Properties);
            $unknowns?: Uint8Array[];
            item: string[];
            static create(properties: drover.v1.ValueSet.$Shape): drover.v1.ValueSet & drover.v1.ValueSet.$Shape;
            static create(properties?: drover.v1.ValueSet.$Properties): drover.v1.ValueSet;
            static encode(message: drover.v1.ValueSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ValueSet & drover.v1.ValueSet.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.ValueSet;
            static toObject(message: drover.v1.ValueSet, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ValueSet {
            interface $Properties {
                item?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.ValueSet.$Properties;
        }

        interface IText extends drover.v1.Text.$Properties {
        }

        class Text {
            constructor(properties?: drover.v1.Text.$Properties);
            $unknowns?: Uint8Array[];
            value: string;
            static create(properties: drover.v1.Text.$Shape): drover.v1.Text & drover.v1.Text.$Shape;
            static create(properties?: drover.v1.Text.$Properties): drover.v1.Text;
            static encode(message: drover.v1.Text.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Text & drover.v1.Text.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.Text;
            static toObject(message: drover.v1.Text, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Text {
            interface $Properties {
                value?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.Text.$Properties;
        }

        interface ILabel extends drover.v1.Label.$Properties {
        }

        class Label {
            constructor(properties?: drover.v1.Label.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            value: string;
            static create(properties: drover.v1.Label.$Shape): drover.v1.Label & drover.v1.Label.$Shape;
            static create(properties?: drover.v1.Label.$Properties): drover.v1.Label;
            static encode(message: drover.v1.Label.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Label & drover.v1.Label.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.Label;
            static toObject(message: drover.v1.Label, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Label {
            interface $Properties {
                key?: (string|null);
                value?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.Label.$Properties;
        }

        interface ILabels extends drover.v1.Labels.$Properties {
        }

        class Labels {
            constructor(properties?: drover.v1.Labels.$Properties);
            $unknowns?: Uint8Array[];
            labels: drover.v1.Label.$Properties[];
            static create(properties: drover.v1.Labels.$Shape): drover.v1.Labels & drover.v1.Labels.$Shape;
            static create(properties?: drover.v1.Labels.$Properties): drover.v1.Labels;
            static encode(message: drover.v1.Labels.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Labels & drover.v1.Labels.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.Labels;
            static toObject(message: drover.v1.Labels, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Labels {
            interface $Properties {
                labels?: (drover.v1.Label.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.Labels.$Properties;
        }

        interface IResource extends drover.v1.Resource.$Properties {
        }

        class Resource {
            constructor(properties?: drover.v1.Resource.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            type: drover.v1.ValueType;
            scalar?: (drover.v1.Scalar.$Properties|null);
            ranges?: (drover.v1.Ranges.$Properties|null);
            set?: (drover.v1.ValueSet.$Properties|null);
            role: string;
            reservations: drover.v1.Resource.ReservationInfo.$Properties[];
            disk?: (drover.v1.Resource.DiskInfo.$Properties|null);
            static create(properties: drover.v1.Resource.$Shape): drover.v1.Resource & drover.v1.Resource.$Shape;
            static create(properties?: drover.v1.Resource.$Properties): drover.v1.Resource;
            static encode(message: drover.v1.Resource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Resource & drover.v1.Resource.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.Resource;
            static toObject(message: drover.v1.Resource, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Resource {
            interface $Properties {
                name?: (string|null);
                type?: (drover.v1.ValueType|null);
                scalar?: (drover.v1.Scalar.$Properties|null);
                ranges?: (drover.v1.Ranges.$Properties|null);
                set?: (drover.v1.ValueSet.$Properties|null);
                role?: (string|null);
                reservations?: (drover.v1.Resource.ReservationInfo.$Properties[]|null);
                disk?: (drover.v1.Resource.DiskInfo.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.Resource.$Properties;

            interface IReservationInfo extends drover.v1.Resource.ReservationInfo.$Properties {
            }

            class ReservationInfo {
                constructor(properties?: drover.v1.Resource.ReservationInfo.$Properties);
                $unknowns?: Uint8Array[];
                type: drover.v1.Resource.ReservationInfo.Type;
                role: string;
                principal: string;
                labels?: (drover.v1.Labels.$Properties|null);
                static create(properties: drover.v1.Resource.ReservationInfo.$Shape): drover.v1.Resource.ReservationInfo & drover.v1.Resource.ReservationInfo.$Shape;
                static create(properties?: drover.v1.Resource.ReservationInfo.$Properties): drover.v1.Resource.ReservationInfo;
                static encode(message: drover.v1.Resource.ReservationInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Resource.ReservationInfo & drover.v1.Resource.ReservationInfo.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Resource.ReservationInfo;
                static toObject(message: drover.v1.Resource.ReservationInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReservationInfo {
                interface $Properties {
                    type?: (drover.v1.Resource.ReservationInfo.Type|null);
                    role?: (string|null);
                    principal?: (string|null);
                    labels?: (drover.v1.Labels.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Resource.ReservationInfo.$Properties;

                enum Type {
                    TYPE_UNSPECIFIED = 0,
                    STATIC = 1,
                    DYNAMIC = 2
                }
            }

            interface IDiskInfo extends drover.v1.Resource.DiskInfo.$Properties {
            }

            class DiskInfo {
                constructor(properties?: drover.v1.Resource.DiskInfo.$Properties);
                $unknowns?: Uint8Array[];
                persistence?: (drover.v1.Resource.DiskInfo.Persistence.$Properties|null);
                volume?: (drover.v1.Resource.DiskInfo.Volume.$Properties|null);
                static create(properties: drover.v1.Resource.DiskInfo.$Shape): drover.v1.Resource.DiskInfo & drover.v1.Resource.DiskInfo.$Shape;
                static create(properties?: drover.v1.Resource.DiskInfo.$Properties): drover.v1.Resource.DiskInfo;
                static encode(message: drover.v1.Resource.DiskInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Resource.DiskInfo & drover.v1.Resource.DiskInfo.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Resource.DiskInfo;
                static toObject(message: drover.v1.Resource.DiskInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DiskInfo {
                interface $Properties {
                    persistence?: (drover.v1.Resource.DiskInfo.Persistence.$Properties|null);
                    volume?: (drover.v1.Resource.DiskInfo.Volume.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Resource.DiskInfo.$Properties;

                interface IPersistence extends drover.v1.Resource.DiskInfo.Persistence.$Properties {
                }

                class Persistence {
                    constructor(properties?: drover.v1.Resource.DiskInfo.Persistence.$Properties);
                    $unknowns?: Uint8Array[];
                    id: string;
                    principal: string;
                    static create(properties: drover.v1.Resource.DiskInfo.Persistence.$Shape): drover.v1.Resource.DiskInfo.Persistence & drover.v1.Resource.DiskInfo.Persistence.$Shape;
                    static create(properties?: drover.v1.Resource.DiskInfo.Persistence.$Properties): drover.v1.Resource.DiskInfo.Persistence;
                    static encode(message: drover.v1.Resource.DiskInfo.Persistence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Resource.DiskInfo.Persistence & drover.v1.Resource.DiskInfo.Persistence.$Shape;
                    static fromObject(object: { [k: string]: any }): drover.v1.Resource.DiskInfo.Persistence;
                    static toObject(message: drover.v1.Resource.DiskInfo.Persistence, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Persistence {
                    interface $Properties {
                        id?: (string|null);
                        principal?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = drover.v1.Resource.DiskInfo.Persistence.$Properties;
                }

                interface IVolume extends drover.v1.Resource.DiskInfo.Volume.$Properties {
                }

                class Volume {
                    constructor(properties?: drover.v1.Resource.DiskInfo.Volume.$Properties);
                    $unknowns?: Uint8Array[];
                    containerPath: string;
                    mode: string;
                    static create(properties: drover.v1.Resource.DiskInfo.Volume.$Shape): drover.v1.Resource.DiskInfo.Volume & drover.v1.Resource.DiskInfo.Volume.$Shape;
                    static create(properties?: drover.v1.Resource.DiskInfo.Volume.$Properties): drover.v1.Resource.DiskInfo.Volume;
                    static encode(message: drover.v1.Resource.DiskInfo.Volume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Resource.DiskInfo.Volume & drover.v1.Resource.DiskInfo.Volume.$Shape;
                    static fromObject(object: { [k: string]: any }): drover.v1.Resource.DiskInfo.Volume;
                    static toObject(message: drover.v1.Resource.DiskInfo.Volume, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Volume {
                    interface $Properties {
                        containerPath?: (string|null);
                        mode?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = drover.v1.Resource.DiskInfo.Volume.$Properties;
                }
            }
        }

        interface IAttribute extends drover.v1.Attribute.$Properties {
        }

        class Attribute {
            constructor(properties?: drover.v1.Attribute.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            type: drover.v1.ValueType;
            scalar?: (drover.v1.Scalar.$Properties|null);
            ranges?: (drover.v1.Ranges.$Properties|null);
            set?: (drover.v1.ValueSet.$Properties|null);
            text?: (drover.v1.Text.$Properties|null);
            static create(properties: drover.v1.Attribute.$Shape): drover.v1.Attribute & drover.v1.Attribute.$Shape;
            static create(properties?: drover.v1.Attribute.$Properties): drover.v1.Attribute;
            static encode(message: drover.v1.Attribute.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Attribute & drover.v1.Attribute.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.Attribute;
            static toObject(message: drover.v1.Attribute, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Attribute {
            interface $Properties {
                name?: (string|null);
                type?: (drover.v1.ValueType|null);
                scalar?: (drover.v1.Scalar.$Properties|null);
                ranges?: (drover.v1.Ranges.$Properties|null);
                set?: (drover.v1.ValueSet.$Properties|null);
                text?: (drover.v1.Text.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.Attribute.$Properties;
        }

        interface IAgentInfo extends drover.v1.AgentInfo.$Properties {
        }

        class AgentInfo {
            constructor(properties?: drover.v1.AgentInfo.$Properties);
            $unknowns?: Uint8Array[];
            id?: (drover.v1.AgentID.$Properties|null);
            hostname: string;
            port: number;
            resources: drover.v1.Resource.$Properties[];
            attributes: drover.v1.Attribute.$Properties[];
            domainRegion: string;
            domainZone: string;
            bootId: string;
            version: string;
            address: string;
            static create(properties: drover.v1.AgentInfo.$Shape): drover.v1.AgentInfo & drover.v1.AgentInfo.$Shape;
            static create(properties?: drover.v1.AgentInfo.$Properties): drover.v1.AgentInfo;
            static encode(message: drover.v1.AgentInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.AgentInfo & drover.v1.AgentInfo.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.AgentInfo;
            static toObject(message: drover.v1.AgentInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentInfo {
            interface $Properties {
                id?: (drover.v1.AgentID.$Properties|null);
                hostname?: (string|null);
                port?: (number|null);
                resources?: (drover.v1.Resource.$Properties[]|null);
                attributes?: (drover.v1.Attribute.$Properties[]|null);
                domainRegion?: (string|null);
                domainZone?: (string|null);
                bootId?: (string|null);
                version?: (string|null);
                address?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.AgentInfo.$Properties;
        }

        interface IFrameworkInfo extends drover.v1.FrameworkInfo.$Properties {
        }

        class FrameworkInfo {
            constructor(properties?: drover.v1.FrameworkInfo.$Properties);
            $unknowns?: Uint8Array[];
            id?: (drover.v1.FrameworkID.$Properties|null);
            name: string;
            user: string;
            roles: string[];
            principal: string;
            failoverTimeout: number;
            checkpoint: boolean;
            capabilities: drover.v1.FrameworkInfo.Capability.$Properties[];
            hostname: string;
            webuiUrl: string;
            labels?: (drover.v1.Labels.$Properties|null);
            static create(properties: drover.v1.FrameworkInfo.$Shape): drover.v1.FrameworkInfo & drover.v1.FrameworkInfo.$Shape;
            static create(properties?: drover.v1.FrameworkInfo.$Properties): drover.v1.FrameworkInfo;
            static encode(message: drover.v1.FrameworkInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.FrameworkInfo & drover.v1.FrameworkInfo.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.FrameworkInfo;
            static toObject(message: drover.v1.FrameworkInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FrameworkInfo {
            interface $Properties {
                id?: (drover.v1.FrameworkID.$Properties|null);
                name?: (string|null);
                user?: (string|null);
                roles?: (string[]|null);
                principal?: (string|null);
                failoverTimeout?: (number|null);
                checkpoint?: (boolean|null);
                capabilities?: (drover.v1.FrameworkInfo.Capability.$Properties[]|null);
                hostname?: (string|null);
                webuiUrl?: (string|null);
                labels?: (drover.v1.Labels.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.FrameworkInfo.$Properties;

            interface ICapability extends drover.v1.FrameworkInfo.Capability.$Properties {
            }

            class Capability {
                constructor(properties?: drover.v1.FrameworkInfo.Capability.$Properties);
                $unknowns?: Uint8Array[];
                type: drover.v1.FrameworkInfo.Capability.Type;
                static create(properties: drover.v1.FrameworkInfo.Capability.$Shape): drover.v1.FrameworkInfo.Capability & drover.v1.FrameworkInfo.Capability.$Shape;
                static create(properties?: drover.v1.FrameworkInfo.Capability.$Properties): drover.v1.FrameworkInfo.Capability;
                static encode(message: drover.v1.FrameworkInfo.Capability.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.FrameworkInfo.Capability & drover.v1.FrameworkInfo.Capability.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.FrameworkInfo.Capability;
                static toObject(message: drover.v1.FrameworkInfo.Capability, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Capability {
                interface $Properties {
                    type?: (drover.v1.FrameworkInfo.Capability.Type|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.FrameworkInfo.Capability.$Properties;

                enum Type {
                    TYPE_UNSPECIFIED = 0,
                    REVOCABLE_RESOURCES = 1,
                    TASK_KILLING_STATE = 2,
                    GPU_RESOURCES = 3,
                    SHARED_RESOURCES = 4,
                    PARTITION_AWARE = 5,
                    MULTI_ROLE = 6,
                    RESERVATION_REFINEMENT = 7,
                    REGION_AWARE = 8
                }
            }
        }

        interface IMasterInfo extends drover.v1.MasterInfo.$Properties {
        }

        class MasterInfo {
            constructor(properties?: drover.v1.MasterInfo.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            hostname: string;
            port: number;
            version: string;
            cluster: string;
            epoch: number;
            static create(properties: drover.v1.MasterInfo.$Shape): drover.v1.MasterInfo & drover.v1.MasterInfo.$Shape;
            static create(properties?: drover.v1.MasterInfo.$Properties): drover.v1.MasterInfo;
            static encode(message: drover.v1.MasterInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.MasterInfo & drover.v1.MasterInfo.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.MasterInfo;
            static toObject(message: drover.v1.MasterInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MasterInfo {
            interface $Properties {
                id?: (string|null);
                hostname?: (string|null);
                port?: (number|null);
                version?: (string|null);
                cluster?: (string|null);
                epoch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.MasterInfo.$Properties;
        }

        interface IFilters extends drover.v1.Filters.$Properties {
        }

        class Filters {
            constructor(properties?: drover.v1.Filters.$Properties);
            $unknowns?: Uint8Array[];
            refuseSeconds?: (number|null);
            static create(properties: drover.v1.Filters.$Shape): drover.v1.Filters & drover.v1.Filters.$Shape;
            static create(properties?: drover.v1.Filters.$Properties): drover.v1.Filters;
            static encode(message: drover.v1.Filters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Filters & drover.v1.Filters.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.Filters;
            static toObject(message: drover.v1.Filters, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Filters {
            interface $Properties {
                refuseSeconds?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.Filters.$Properties;
        }

        interface IOffer extends drover.v1.Offer.$Properties {
        }

        class Offer {
            constructor(properties?: drover.v1.Offer.$Properties);
            $unknowns?: Uint8Array[];
            id?: (drover.v1.OfferID.$Properties|null);
            frameworkId?: (drover.v1.FrameworkID.$Properties|null);
            agentId?: (drover.v1.AgentID.$Properties|null);
            hostname: string;
            resources: drover.v1.Resource.$Properties[];
            attributes: drover.v1.Attribute.$Properties[];
            allocationRole: string;
            url: string;
            static create(properties: drover.v1.Offer.$Shape): drover.v1.Offer & drover.v1.Offer.$Shape;
            static create(properties?: drover.v1.Offer.$Properties): drover.v1.Offer;
            static encode(message: drover.v1.Offer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Offer & drover.v1.Offer.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.Offer;
            static toObject(message: drover.v1.Offer, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Offer {
            interface $Properties {
                id?: (drover.v1.OfferID.$Properties|null);
                frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                agentId?: (drover.v1.AgentID.$Properties|null);
                hostname?: (string|null);
                resources?: (drover.v1.Resource.$Properties[]|null);
                attributes?: (drover.v1.Attribute.$Properties[]|null);
                allocationRole?: (string|null);
                url?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.Offer.$Properties;

            interface IOperation extends drover.v1.Offer.Operation.$Properties {
            }

            class Operation {
                constructor(properties?: drover.v1.Offer.Operation.$Properties);
                $unknowns?: Uint8Array[];
                type: drover.v1.Offer.Operation.Type;
                launch?: (drover.v1.Offer.Operation.Launch.$Properties|null);
                launchGroup?: (drover.v1.Offer.Operation.LaunchGroup.$Properties|null);
                reserve?: (drover.v1.Offer.Operation.Reserve.$Properties|null);
                unreserve?: (drover.v1.Offer.Operation.Unreserve.$Properties|null);
                create?: (drover.v1.Offer.Operation.Create.$Properties|null);
                destroy?: (drover.v1.Offer.Operation.Destroy.$Properties|null);
                static create(properties: drover.v1.Offer.Operation.$Shape): drover.v1.Offer.Operation & drover.v1.Offer.Operation.$Shape;
                static create(properties?: drover.v1.Offer.Operation.$Properties): drover.v1.Offer.Operation;
                static encode(message: drover.v1.Offer.Operation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Offer.Operation & drover.v1.Offer.Operation.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Offer.Operation;
                static toObject(message: drover.v1.Offer.Operation, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Operation {
                interface $Properties {
                    type?: (drover.v1.Offer.Operation.Type|null);
                    launch?: (drover.v1.Offer.Operation.Launch.$Properties|null);
                    launchGroup?: (drover.v1.Offer.Operation.LaunchGroup.$Properties|null);
                    reserve?: (drover.v1.Offer.Operation.Reserve.$Properties|null);
                    unreserve?: (drover.v1.Offer.Operation.Unreserve.$Properties|null);
                    create?: (drover.v1.Offer.Operation.Create.$Properties|null);
                    destroy?: (drover.v1.Offer.Operation.Destroy.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Offer.Operation.$Properties;

                enum Type {
                    TYPE_UNSPECIFIED = 0,
                    LAUNCH = 1,
                    RESERVE = 2,
                    UNRESERVE = 3,
                    CREATE = 4,
                    DESTROY = 5,
                    LAUNCH_GROUP = 6
                }

                interface ILaunch extends drover.v1.Offer.Operation.Launch.$Properties {
                }

                class Launch {
                    constructor(properties?: drover.v1.Offer.Operation.Launch.$Properties);
                    $unknowns?: Uint8Array[];
                    taskInfos: drover.v1.TaskInfo.$Properties[];
                    static create(properties: drover.v1.Offer.Operation.Launch.$Shape): drover.v1.Offer.Operation.Launch & drover.v1.Offer.Operation.Launch.$Shape;
                    static create(properties?: drover.v1.Offer.Operation.Launch.$Properties): drover.v1.Offer.Operation.Launch;
                    static encode(message: drover.v1.Offer.Operation.Launch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Offer.Operation.Launch & drover.v1.Offer.Operation.Launch.$Shape;
                    static fromObject(object: { [k: string]: any }): drover.v1.Offer.Operation.Launch;
                    static toObject(message: drover.v1.Offer.Operation.Launch, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Launch {
                    interface $Properties {
                        taskInfos?: (drover.v1.TaskInfo.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = drover.v1.Offer.Operation.Launch.$Properties;
                }

                interface ILaunchGroup extends drover.v1.Offer.Operation.LaunchGroup.$Properties {
                }

                class LaunchGroup {
                    constructor(properties?: drover.v1.Offer.Operation.LaunchGroup.$Properties);
                    $unknowns?: Uint8Array[];
                    executor?: (drover.v1.ExecutorInfo.$Properties|null);
                    taskGroup: drover.v1.TaskInfo.$Properties[];
                    static create(properties: drover.v1.Offer.Operation.LaunchGroup.$Shape): drover.v1.Offer.Operation.LaunchGroup & drover.v1.Offer.Operation.LaunchGroup.$Shape;
                    static create(properties?: drover.v1.Offer.Operation.LaunchGroup.$Properties): drover.v1.Offer.Operation.LaunchGroup;
                    static encode(message: drover.v1.Offer.Operation.LaunchGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Offer.Operation.LaunchGroup & drover.v1.Offer.Operation.LaunchGroup.$Shape;
                    static fromObject(object: { [k: string]: any }): drover.v1.Offer.Operation.LaunchGroup;
                    static toObject(message: drover.v1.Offer.Operation.LaunchGroup, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace LaunchGroup {
                    interface $Properties {
                        executor?: (drover.v1.ExecutorInfo.$Properties|null);
                        taskGroup?: (drover.v1.TaskInfo.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = drover.v1.Offer.Operation.LaunchGroup.$Properties;
                }

                interface IReserve extends drover.v1.Offer.Operation.Reserve.$Properties {
                }

                class Reserve {
                    constructor(properties?: drover.v1.Offer.Operation.Reserve.$Properties);
                    $unknowns?: Uint8Array[];
                    resources: drover.v1.Resource.$Properties[];
                    static create(properties: drover.v1.Offer.Operation.Reserve.$Shape): drover.v1.Offer.Operation.Reserve & drover.v1.Offer.Operation.Reserve.$Shape;
                    static create(properties?: drover.v1.Offer.Operation.Reserve.$Properties): drover.v1.Offer.Operation.Reserve;
                    static encode(message: drover.v1.Offer.Operation.Reserve.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Offer.Operation.Reserve & drover.v1.Offer.Operation.Reserve.$Shape;
                    static fromObject(object: { [k: string]: any }): drover.v1.Offer.Operation.Reserve;
                    static toObject(message: drover.v1.Offer.Operation.Reserve, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Reserve {
                    interface $Properties {
                        resources?: (drover.v1.Resource.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = drover.v1.Offer.Operation.Reserve.$Properties;
                }

                interface IUnreserve extends drover.v1.Offer.Operation.Unreserve.$Properties {
                }

                class Unreserve {
                    constructor(properties?: drover.v1.Offer.Operation.Unreserve.$Properties);
                    $unknowns?: Uint8Array[];
                    resources: drover.v1.Resource.$Properties[];
                    static create(properties: drover.v1.Offer.Operation.Unreserve.$Shape): drover.v1.Offer.Operation.Unreserve & drover.v1.Offer.Operation.Unreserve.$Shape;
                    static create(properties?: drover.v1.Offer.Operation.Unreserve.$Properties): drover.v1.Offer.Operation.Unreserve;
                    static encode(message: drover.v1.Offer.Operation.Unreserve.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Offer.Operation.Unreserve & drover.v1.Offer.Operation.Unreserve.$Shape;
                    static fromObject(object: { [k: string]: any }): drover.v1.Offer.Operation.Unreserve;
                    static toObject(message: drover.v1.Offer.Operation.Unreserve, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Unreserve {
                    interface $Properties {
                        resources?: (drover.v1.Resource.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = drover.v1.Offer.Operation.Unreserve.$Properties;
                }

                interface ICreate extends drover.v1.Offer.Operation.Create.$Properties {
                }

                class Create {
                    constructor(properties?: drover.v1.Offer.Operation.Create.$Properties);
                    $unknowns?: Uint8Array[];
                    volumes: drover.v1.Resource.$Properties[];
                    static create(properties: drover.v1.Offer.Operation.Create.$Shape): drover.v1.Offer.Operation.Create & drover.v1.Offer.Operation.Create.$Shape;
                    static create(properties?: drover.v1.Offer.Operation.Create.$Properties): drover.v1.Offer.Operation.Create;
                    static encode(message: drover.v1.Offer.Operation.Create.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Offer.Operation.Create & drover.v1.Offer.Operation.Create.$Shape;
                    static fromObject(object: { [k: string]: any }): drover.v1.Offer.Operation.Create;
                    static toObject(message: drover.v1.Offer.Operation.Create, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Create {
                    interface $Properties {
                        volumes?: (drover.v1.Resource.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = drover.v1.Offer.Operation.Create.$Properties;
                }

                interface IDestroy extends drover.v1.Offer.Operation.Destroy.$Properties {
                }

                class Destroy {
                    constructor(properties?: drover.v1.Offer.Operation.Destroy.$Properties);
                    $unknowns?: Uint8Array[];
                    volumes: drover.v1.Resource.$Properties[];
                    static create(properties: drover.v1.Offer.Operation.Destroy.$Shape): drover.v1.Offer.Operation.Destroy & drover.v1.Offer.Operation.Destroy.$Shape;
                    static create(properties?: drover.v1.Offer.Operation.Destroy.$Properties): drover.v1.Offer.Operation.Destroy;
                    static encode(message: drover.v1.Offer.Operation.Destroy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Offer.Operation.Destroy & drover.v1.Offer.Operation.Destroy.$Shape;
                    static fromObject(object: { [k: string]: any }): drover.v1.Offer.Operation.Destroy;
                    static toObject(message: drover.v1.Offer.Operation.Destroy, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Destroy {
                    interface $Properties {
                        volumes?: (drover.v1.Resource.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = drover.v1.Offer.Operation.Destroy.$Properties;
                }
            }
        }

        interface IEnvironment extends drover.v1.Environment.$Properties {
        }

        class Environment {
            constructor(properties?: drover.v1.Environment.$Properties);
            $unknowns?: Uint8Array[];
            variables: drover.v1.Environment.Variable.$Properties[];
            static create(properties: drover.v1.Environment.$Shape): drover.v1.Environment & drover.v1.Environment.$Shape;
            static create(properties?: drover.v1.Environment.$Properties): drover.v1.Environment;
            static encode(message: drover.v1.Environment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Environment & drover.v1.Environment.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.Environment;
            static toObject(message: drover.v1.Environment, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Environment {
            interface $Properties {
                variables?: (drover.v1.Environment.Variable.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.Environment.$Properties;

            interface IVariable extends drover.v1.Environment.Variable.$Properties {
            }

            class Variable {
                constructor(properties?: drover.v1.Environment.Variable.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                value: string;
                secret: string;
                static create(properties: drover.v1.Environment.Variable.$Shape): drover.v1.Environment.Variable & drover.v1.Environment.Variable.$Shape;
                static create(properties?: drover.v1.Environment.Variable.$Properties): drover.v1.Environment.Variable;
                static encode(message: drover.v1.Environment.Variable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Environment.Variable & drover.v1.Environment.Variable.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Environment.Variable;
                static toObject(message: drover.v1.Environment.Variable, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Variable {
                interface $Properties {
                    name?: (string|null);
                    value?: (string|null);
                    secret?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Environment.Variable.$Properties;
            }
        }

        interface ICommandInfo extends drover.v1.CommandInfo.$Properties {
        }

        class CommandInfo {
            constructor(properties?: drover.v1.CommandInfo.$Properties);
            $unknowns?: Uint8Array[];
            shell?: (boolean|null);
            value: string;
            arguments: string[];
            environment?: (drover.v1.Environment.$Properties|null);
            user: string;
            uris: drover.v1.CommandInfo.URI.$Properties[];
            static create(properties: drover.v1.CommandInfo.$Shape): drover.v1.CommandInfo & drover.v1.CommandInfo.$Shape;
            static create(properties?: drover.v1.CommandInfo.$Properties): drover.v1.CommandInfo;
            static encode(message: drover.v1.CommandInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.CommandInfo & drover.v1.CommandInfo.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.CommandInfo;
            static toObject(message: drover.v1.CommandInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommandInfo {
            interface $Properties {
                shell?: (boolean|null);
                value?: (string|null);
                "arguments"?: (string[]|null);
                environment?: (drover.v1.Environment.$Properties|null);
                user?: (string|null);
                uris?: (drover.v1.CommandInfo.URI.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.CommandInfo.$Properties;

            interface IURI extends drover.v1.CommandInfo.URI.$Properties {
            }

            class URI {
                constructor(properties?: drover.v1.CommandInfo.URI.$Properties);
                $unknowns?: Uint8Array[];
                value: string;
                executable: boolean;
                extract: boolean;
                cache: boolean;
                outputFile: string;
                static create(properties: drover.v1.CommandInfo.URI.$Shape): drover.v1.CommandInfo.URI & drover.v1.CommandInfo.URI.$Shape;
                static create(properties?: drover.v1.CommandInfo.URI.$Properties): drover.v1.CommandInfo.URI;
                static encode(message: drover.v1.CommandInfo.URI.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.CommandInfo.URI & drover.v1.CommandInfo.URI.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.CommandInfo.URI;
                static toObject(message: drover.v1.CommandInfo.URI, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace URI {
                interface $Properties {
                    value?: (string|null);
                    executable?: (boolean|null);
                    extract?: (boolean|null);
                    cache?: (boolean|null);
                    outputFile?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.CommandInfo.URI.$Properties;
            }
        }

        interface IContainerInfo extends drover.v1.ContainerInfo.$Properties {
        }

        class ContainerInfo {
            constructor(properties?: drover.v1.ContainerInfo.$Properties);
            $unknowns?: Uint8Array[];
            type: drover.v1.ContainerInfo.Type;
            docker?: (drover.v1.ContainerInfo.DockerInfo.$Properties|null);
            volumes: drover.v1.ContainerInfo.Volume.$Properties[];
            hostname: string;
            static create(properties: drover.v1.ContainerInfo.$Shape): drover.v1.ContainerInfo & drover.v1.ContainerInfo.$Shape;
            static create(properties?: drover.v1.ContainerInfo.$Properties): drover.v1.ContainerInfo;
            static encode(message: drover.v1.ContainerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ContainerInfo & drover.v1.ContainerInfo.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.ContainerInfo;
            static toObject(message: drover.v1.ContainerInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerInfo {
            interface $Properties {
                type?: (drover.v1.ContainerInfo.Type|null);
                docker?: (drover.v1.ContainerInfo.DockerInfo.$Properties|null);
                volumes?: (drover.v1.ContainerInfo.Volume.$Properties[]|null);
                hostname?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.ContainerInfo.$Properties;

            enum Type {
                TYPE_UNSPECIFIED = 0,
                MESOS = 1,
                DOCKER = 2
            }

            interface IDockerInfo extends drover.v1.ContainerInfo.DockerInfo.$Properties {
            }

            class DockerInfo {
                constructor(properties?: drover.v1.ContainerInfo.DockerInfo.$Properties);
                $unknowns?: Uint8Array[];
                image: string;
                network: drover.v1.ContainerInfo.DockerInfo.Network;
                portMappings: drover.v1.ContainerInfo.DockerInfo.PortMapping.$Properties[];
                privileged: boolean;
                forcePullImage: boolean;
                parameters: drover.v1.Label.$Properties[];
                static create(properties: drover.v1.ContainerInfo.DockerInfo.$Shape): drover.v1.ContainerInfo.DockerInfo & drover.v1.ContainerInfo.DockerInfo.$Shape;
                static create(properties?: drover.v1.ContainerInfo.DockerInfo.$Properties): drover.v1.ContainerInfo.DockerInfo;
                static encode(message: drover.v1.ContainerInfo.DockerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ContainerInfo.DockerInfo & drover.v1.ContainerInfo.DockerInfo.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.ContainerInfo.DockerInfo;
                static toObject(message: drover.v1.ContainerInfo.DockerInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DockerInfo {
                interface $Properties {
                    image?: (string|null);
                    network?: (drover.v1.ContainerInfo.DockerInfo.Network|null);
                    portMappings?: (drover.v1.ContainerInfo.DockerInfo.PortMapping.$Properties[]|null);
                    privileged?: (boolean|null);
                    forcePullImage?: (boolean|null);
                    parameters?: (drover.v1.Label.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.ContainerInfo.DockerInfo.$Properties;

                enum Network {
                    NETWORK_UNSPECIFIED = 0,
                    HOST = 1,
                    BRIDGE = 2,
                    NONE = 3,
                    USER = 4
                }

                interface IPortMapping extends drover.v1.ContainerInfo.DockerInfo.PortMapping.$Properties {
                }

                class PortMapping {
                    constructor(properties?: drover.v1.ContainerInfo.DockerInfo.PortMapping.$Properties);
                    $unknowns?: Uint8Array[];
                    hostPort: number;
                    containerPort: number;
                    protocol: string;
                    static create(properties: drover.v1.ContainerInfo.DockerInfo.PortMapping.$Shape): drover.v1.ContainerInfo.DockerInfo.PortMapping & drover.v1.ContainerInfo.DockerInfo.PortMapping.$Shape;
                    static create(properties?: drover.v1.ContainerInfo.DockerInfo.PortMapping.$Properties): drover.v1.ContainerInfo.DockerInfo.PortMapping;
                    static encode(message: drover.v1.ContainerInfo.DockerInfo.PortMapping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ContainerInfo.DockerInfo.PortMapping & drover.v1.ContainerInfo.DockerInfo.PortMapping.$Shape;
                    static fromObject(object: { [k: string]: any }): drover.v1.ContainerInfo.DockerInfo.PortMapping;
                    static toObject(message: drover.v1.ContainerInfo.DockerInfo.PortMapping, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace PortMapping {
                    interface $Properties {
                        hostPort?: (number|null);
                        containerPort?: (number|null);
                        protocol?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = drover.v1.ContainerInfo.DockerInfo.PortMapping.$Properties;
                }
            }

            interface IVolume extends drover.v1.ContainerInfo.Volume.$Properties {
            }

            class Volume {
                constructor(properties?: drover.v1.ContainerInfo.Volume.$Properties);
                $unknowns?: Uint8Array[];
                containerPath: string;
                hostPath: string;
                mode: string;
                static create(properties: drover.v1.ContainerInfo.Volume.$Shape): drover.v1.ContainerInfo.Volume & drover.v1.ContainerInfo.Volume.$Shape;
                static create(properties?: drover.v1.ContainerInfo.Volume.$Properties): drover.v1.ContainerInfo.Volume;
                static encode(message: drover.v1.ContainerInfo.Volume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ContainerInfo.Volume & drover.v1.ContainerInfo.Volume.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.ContainerInfo.Volume;
                static toObject(message: drover.v1.ContainerInfo.Volume, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Volume {
                interface $Properties {
                    containerPath?: (string|null);
                    hostPath?: (string|null);
                    mode?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.ContainerInfo.Volume.$Properties;
            }
        }

        interface IHealthCheck extends drover.v1.HealthCheck.$Properties {
        }

        class HealthCheck {
            constructor(properties?: drover.v1.HealthCheck.$Properties);
            $unknowns?: Uint8Array[];
            type: drover.v1.HealthCheck.Type;
            command?: (drover.v1.CommandInfo.$Properties|null);
            http?: (drover.v1.HealthCheck.HTTPCheckInfo.$Properties|null);
            tcp?: (drover.v1.HealthCheck.TCPCheckInfo.$Properties|null);
            delaySeconds?: (number|null);
            intervalSeconds?: (number|null);
            timeoutSeconds?: (number|null);
            consecutiveFailures?: (number|null);
            gracePeriodSeconds?: (number|null);
            static create(properties: drover.v1.HealthCheck.$Shape): drover.v1.HealthCheck & drover.v1.HealthCheck.$Shape;
            static create(properties?: drover.v1.HealthCheck.$Properties): drover.v1.HealthCheck;
            static encode(message: drover.v1.HealthCheck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.HealthCheck & drover.v1.HealthCheck.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.HealthCheck;
            static toObject(message: drover.v1.HealthCheck, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthCheck {
            interface $Properties {
                type?: (drover.v1.HealthCheck.Type|null);
                command?: (drover.v1.CommandInfo.$Properties|null);
                http?: (drover.v1.HealthCheck.HTTPCheckInfo.$Properties|null);
                tcp?: (drover.v1.HealthCheck.TCPCheckInfo.$Properties|null);
                delaySeconds?: (number|null);
                intervalSeconds?: (number|null);
                timeoutSeconds?: (number|null);
                consecutiveFailures?: (number|null);
                gracePeriodSeconds?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.HealthCheck.$Properties;

            enum Type {
                TYPE_UNSPECIFIED = 0,
                COMMAND = 1,
                HTTP = 2,
                TCP = 3
            }

            interface IHTTPCheckInfo extends drover.v1.HealthCheck.HTTPCheckInfo.$Properties {
            }

            class HTTPCheckInfo {
                constructor(properties?: drover.v1.HealthCheck.HTTPCheckInfo.$Properties);
                $unknowns?: Uint8Array[];
                scheme: string;
                port: number;
                path: string;
                statuses: number[];
                static create(properties: drover.v1.HealthCheck.HTTPCheckInfo.$Shape): drover.v1.HealthCheck.HTTPCheckInfo & drover.v1.HealthCheck.HTTPCheckInfo.$Shape;
                static create(properties?: drover.v1.HealthCheck.HTTPCheckInfo.$Properties): drover.v1.HealthCheck.HTTPCheckInfo;
                static encode(message: drover.v1.HealthCheck.HTTPCheckInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.HealthCheck.HTTPCheckInfo & drover.v1.HealthCheck.HTTPCheckInfo.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.HealthCheck.HTTPCheckInfo;
                static toObject(message: drover.v1.HealthCheck.HTTPCheckInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace HTTPCheckInfo {
                interface $Properties {
                    scheme?: (string|null);
                    port?: (number|null);
                    path?: (string|null);
                    statuses?: (number[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.HealthCheck.HTTPCheckInfo.$Properties;
            }

            interface ITCPCheckInfo extends drover.v1.HealthCheck.TCPCheckInfo.$Properties {
            }

            class TCPCheckInfo {
                constructor(properties?: drover.v1.HealthCheck.TCPCheckInfo.$Properties);
                $unknowns?: Uint8Array[];
                port: number;
                static create(properties: drover.v1.HealthCheck.TCPCheckInfo.$Shape): drover.v1.HealthCheck.TCPCheckInfo & drover.v1.HealthCheck.TCPCheckInfo.$Shape;
                static create(properties?: drover.v1.HealthCheck.TCPCheckInfo.$Properties): drover.v1.HealthCheck.TCPCheckInfo;
                static encode(message: drover.v1.HealthCheck.TCPCheckInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.HealthCheck.TCPCheckInfo & drover.v1.HealthCheck.TCPCheckInfo.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.HealthCheck.TCPCheckInfo;
                static toObject(message: drover.v1.HealthCheck.TCPCheckInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace TCPCheckInfo {
                interface $Properties {
                    port?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.HealthCheck.TCPCheckInfo.$Properties;
            }
        }

        interface IKillPolicy extends drover.v1.KillPolicy.$Properties {
        }

        class KillPolicy {
            constructor(properties?: drover.v1.KillPolicy.$Properties);
            $unknowns?: Uint8Array[];
            gracePeriodSeconds?: (number|null);
            static create(properties: drover.v1.KillPolicy.$Shape): drover.v1.KillPolicy & drover.v1.KillPolicy.$Shape;
            static create(properties?: drover.v1.KillPolicy.$Properties): drover.v1.KillPolicy;
            static encode(message: drover.v1.KillPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.KillPolicy & drover.v1.KillPolicy.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.KillPolicy;
            static toObject(message: drover.v1.KillPolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KillPolicy {
            interface $Properties {
                gracePeriodSeconds?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.KillPolicy.$Properties;
        }

        interface IExecutorInfo extends drover.v1.ExecutorInfo.$Properties {
        }

        class ExecutorInfo {
            constructor(properties?: drover.v1.ExecutorInfo.$Properties);
            $unknowns?: Uint8Array[];
            executorId?: (drover.v1.ExecutorID.$Properties|null);
            frameworkId?: (drover.v1.FrameworkID.$Properties|null);
            command?: (drover.v1.CommandInfo.$Properties|null);
            container?: (drover.v1.ContainerInfo.$Properties|null);
            resources: drover.v1.Resource.$Properties[];
            name: string;
            static create(properties: drover.v1.ExecutorInfo.$Shape): drover.v1.ExecutorInfo & drover.v1.ExecutorInfo.$Shape;
            static create(properties?: drover.v1.ExecutorInfo.$Properties): drover.v1.ExecutorInfo;
            static encode(message: drover.v1.ExecutorInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ExecutorInfo & drover.v1.ExecutorInfo.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.ExecutorInfo;
            static toObject(message: drover.v1.ExecutorInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecutorInfo {
            interface $Properties {
                executorId?: (drover.v1.ExecutorID.$Properties|null);
                frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                command?: (drover.v1.CommandInfo.$Properties|null);
                container?: (drover.v1.ContainerInfo.$Properties|null);
                resources?: (drover.v1.Resource.$Properties[]|null);
                name?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.ExecutorInfo.$Properties;
        }

        interface ITaskInfo extends drover.v1.TaskInfo.$Properties {
        }

        class TaskInfo {
            constructor(properties?: drover.v1.TaskInfo.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            taskId?: (drover.v1.TaskID.$Properties|null);
            agentId?: (drover.v1.AgentID.$Properties|null);
            resources: drover.v1.Resource.$Properties[];
            command?: (drover.v1.CommandInfo.$Properties|null);
            container?: (drover.v1.ContainerInfo.$Properties|null);
            healthCheck?: (drover.v1.HealthCheck.$Properties|null);
            killPolicy?: (drover.v1.KillPolicy.$Properties|null);
            labels?: (drover.v1.Labels.$Properties|null);
            executor?: (drover.v1.ExecutorInfo.$Properties|null);
            data: Uint8Array;
            maxCompletionTime: number;
            static create(properties: drover.v1.TaskInfo.$Shape): drover.v1.TaskInfo & drover.v1.TaskInfo.$Shape;
            static create(properties?: drover.v1.TaskInfo.$Properties): drover.v1.TaskInfo;
            static encode(message: drover.v1.TaskInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.TaskInfo & drover.v1.TaskInfo.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.TaskInfo;
            static toObject(message: drover.v1.TaskInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskInfo {
            interface $Properties {
                name?: (string|null);
                taskId?: (drover.v1.TaskID.$Properties|null);
                agentId?: (drover.v1.AgentID.$Properties|null);
                resources?: (drover.v1.Resource.$Properties[]|null);
                command?: (drover.v1.CommandInfo.$Properties|null);
                container?: (drover.v1.ContainerInfo.$Properties|null);
                healthCheck?: (drover.v1.HealthCheck.$Properties|null);
                killPolicy?: (drover.v1.KillPolicy.$Properties|null);
                labels?: (drover.v1.Labels.$Properties|null);
                executor?: (drover.v1.ExecutorInfo.$Properties|null);
                data?: (Uint8Array|null);
                maxCompletionTime?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.TaskInfo.$Properties;
        }

        enum TaskState {
            TASK_STATE_UNSPECIFIED = 0,
            TASK_STAGING = 1,
            TASK_STARTING = 2,
            TASK_RUNNING = 3,
            TASK_KILLING = 4,
            TASK_FINISHED = 5,
            TASK_FAILED = 6,
            TASK_KILLED = 7,
            TASK_ERROR = 8,
            TASK_LOST = 9,
            TASK_DROPPED = 10,
            TASK_UNREACHABLE = 11,
            TASK_GONE = 12,
            TASK_GONE_BY_OPERATOR = 13,
            TASK_UNKNOWN = 14
        }

        interface ITaskStatus extends drover.v1.TaskStatus.$Properties {
        }

        class TaskStatus {
            constructor(properties?: drover.v1.TaskStatus.$Properties);
            $unknowns?: Uint8Array[];
            taskId?: (drover.v1.TaskID.$Properties|null);
            state: drover.v1.TaskState;
            message: string;
            source: drover.v1.TaskStatus.Source;
            reason: drover.v1.TaskStatus.Reason;
            uuid: Uint8Array;
            healthy?: (boolean|null);
            agentId?: (drover.v1.AgentID.$Properties|null);
            executorId?: (drover.v1.ExecutorID.$Properties|null);
            timestamp: number;
            labels?: (drover.v1.Labels.$Properties|null);
            data: Uint8Array;
            exitCode?: (number|null);
            static create(properties: drover.v1.TaskStatus.$Shape): drover.v1.TaskStatus & drover.v1.TaskStatus.$Shape;
            static create(properties?: drover.v1.TaskStatus.$Properties): drover.v1.TaskStatus;
            static encode(message: drover.v1.TaskStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.TaskStatus & drover.v1.TaskStatus.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.TaskStatus;
            static toObject(message: drover.v1.TaskStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskStatus {
            interface $Properties {
                taskId?: (drover.v1.TaskID.$Properties|null);
                state?: (drover.v1.TaskState|null);
                message?: (string|null);
                source?: (drover.v1.TaskStatus.Source|null);
                reason?: (drover.v1.TaskStatus.Reason|null);
                uuid?: (Uint8Array|null);
                healthy?: (boolean|null);
                agentId?: (drover.v1.AgentID.$Properties|null);
                executorId?: (drover.v1.ExecutorID.$Properties|null);
                timestamp?: (number|null);
                labels?: (drover.v1.Labels.$Properties|null);
                data?: (Uint8Array|null);
                exitCode?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.TaskStatus.$Properties;

            enum Source {
                SOURCE_UNSPECIFIED = 0,
                SOURCE_MASTER = 1,
                SOURCE_AGENT = 2,
                SOURCE_EXECUTOR = 3
            }

            enum Reason {
                REASON_UNSPECIFIED = 0,
                REASON_COMMAND_EXECUTOR_FAILED = 1,
                REASON_CONTAINER_LAUNCH_FAILED = 2,
                REASON_CONTAINER_LIMITATION = 3,
                REASON_CONTAINER_LIMITATION_DISK = 4,
                REASON_CONTAINER_LIMITATION_MEMORY = 5,
                REASON_CONTAINER_PREEMPTED = 6,
                REASON_CONTAINER_UPDATE_FAILED = 7,
                REASON_EXECUTOR_REGISTRATION_TIMEOUT = 8,
                REASON_EXECUTOR_REREGISTRATION_TIMEOUT = 9,
                REASON_EXECUTOR_TERMINATED = 10,
                REASON_EXECUTOR_UNREGISTERED = 11,
                REASON_FRAMEWORK_REMOVED = 12,
                REASON_GC_ERROR = 13,
                REASON_INVALID_FRAMEWORKID = 14,
                REASON_INVALID_OFFERS = 15,
                REASON_IO_SWITCHBOARD_EXITED = 16,
                REASON_MASTER_DISCONNECTED = 17,
                REASON_RECONCILIATION = 18,
                REASON_RESOURCES_UNKNOWN = 19,
                REASON_AGENT_DISCONNECTED = 20,
                REASON_AGENT_REMOVED = 21,
                REASON_AGENT_REMOVED_BY_OPERATOR = 22,
                REASON_AGENT_REREGISTERED = 23,
                REASON_AGENT_RESTARTED = 24,
                REASON_AGENT_UNKNOWN = 25,
                REASON_TASK_CHECK_STATUS_UPDATED = 26,
                REASON_TASK_HEALTH_CHECK_STATUS_UPDATED = 27,
                REASON_TASK_GROUP_INVALID = 28,
                REASON_TASK_GROUP_UNAUTHORIZED = 29,
                REASON_TASK_INVALID = 30,
                REASON_TASK_UNAUTHORIZED = 31,
                REASON_TASK_UNKNOWN = 32,
                REASON_TASK_KILLED_DURING_LAUNCH = 33,
                REASON_MAX_COMPLETION_TIME_REACHED = 34,
                REASON_CONTAINER_LIMITATION_PIDS = 35,
                REASON_FRAMEWORK_TORN_DOWN = 36
            }
        }

        interface ICall extends drover.v1.Call.$Properties {
        }

        class Call {
            constructor(properties?: drover.v1.Call.$Properties);
            $unknowns?: Uint8Array[];
            frameworkId?: (drover.v1.FrameworkID.$Properties|null);
            type: drover.v1.Call.Type;
            subscribe?: (drover.v1.Call.Subscribe.$Properties|null);
            accept?: (drover.v1.Call.Accept.$Properties|null);
            decline?: (drover.v1.Call.Decline.$Properties|null);
            revive?: (drover.v1.Call.Revive.$Properties|null);
            suppress?: (drover.v1.Call.Suppress.$Properties|null);
            kill?: (drover.v1.Call.Kill.$Properties|null);
            shutdown?: (drover.v1.Call.Shutdown.$Properties|null);
            acknowledge?: (drover.v1.Call.Acknowledge.$Properties|null);
            reconcile?: (drover.v1.Call.Reconcile.$Properties|null);
            message?: (drover.v1.Call.Message.$Properties|null);
            updateFramework?: (drover.v1.Call.UpdateFramework.$Properties|null);
            static create(properties: drover.v1.Call.$Shape): drover.v1.Call & drover.v1.Call.$Shape;
            static create(properties?: drover.v1.Call.$Properties): drover.v1.Call;
            static encode(message: drover.v1.Call.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Call & drover.v1.Call.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.Call;
            static toObject(message: drover.v1.Call, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Call {
            interface $Properties {
                frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                type?: (drover.v1.Call.Type|null);
                subscribe?: (drover.v1.Call.Subscribe.$Properties|null);
                accept?: (drover.v1.Call.Accept.$Properties|null);
                decline?: (drover.v1.Call.Decline.$Properties|null);
                revive?: (drover.v1.Call.Revive.$Properties|null);
                suppress?: (drover.v1.Call.Suppress.$Properties|null);
                kill?: (drover.v1.Call.Kill.$Properties|null);
                shutdown?: (drover.v1.Call.Shutdown.$Properties|null);
                acknowledge?: (drover.v1.Call.Acknowledge.$Properties|null);
                reconcile?: (drover.v1.Call.Reconcile.$Properties|null);
                message?: (drover.v1.Call.Message.$Properties|null);
                updateFramework?: (drover.v1.Call.UpdateFramework.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.Call.$Properties;

            enum Type {
                TYPE_UNSPECIFIED = 0,
                SUBSCRIBE = 1,
                TEARDOWN = 2,
                ACCEPT = 3,
                DECLINE = 4,
                REVIVE = 5,
                KILL = 6,
                SHUTDOWN = 7,
                ACKNOWLEDGE = 8,
                RECONCILE = 9,
                MESSAGE = 10,
                REQUEST = 11,
                SUPPRESS = 12,
                UPDATE_FRAMEWORK = 17
            }

            interface ISubscribe extends drover.v1.Call.Subscribe.$Properties {
            }

            class Subscribe {
                constructor(properties?: drover.v1.Call.Subscribe.$Properties);
                $unknowns?: Uint8Array[];
                frameworkInfo?: (drover.v1.FrameworkInfo.$Properties|null);
                suppressedRoles: string[];
                eventSubject: string;
                static create(properties: drover.v1.Call.Subscribe.$Shape): drover.v1.Call.Subscribe & drover.v1.Call.Subscribe.$Shape;
                static create(properties?: drover.v1.Call.Subscribe.$Properties): drover.v1.Call.Subscribe;
                static encode(message: drover.v1.Call.Subscribe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Call.Subscribe & drover.v1.Call.Subscribe.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Call.Subscribe;
                static toObject(message: drover.v1.Call.Subscribe, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Subscribe {
                interface $Properties {
                    frameworkInfo?: (drover.v1.FrameworkInfo.$Properties|null);
                    suppressedRoles?: (string[]|null);
                    eventSubject?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Call.Subscribe.$Properties;
            }

            interface IAccept extends drover.v1.Call.Accept.$Properties {
            }

            class Accept {
                constructor(properties?: drover.v1.Call.Accept.$Properties);
                $unknowns?: Uint8Array[];
                offerIds: drover.v1.OfferID.$Properties[];
                operations: drover.v1.Offer.Operation.$Properties[];
                filters?: (drover.v1.Filters.$Properties|null);
                static create(properties: drover.v1.Call.Accept.$Shape): drover.v1.Call.Accept & drover.v1.Call.Accept.$Shape;
                static create(properties?: drover.v1.Call.Accept.$Properties): drover.v1.Call.Accept;
                static encode(message: drover.v1.Call.Accept.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Call.Accept & drover.v1.Call.Accept.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Call.Accept;
                static toObject(message: drover.v1.Call.Accept, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Accept {
                interface $Properties {
                    offerIds?: (drover.v1.OfferID.$Properties[]|null);
                    operations?: (drover.v1.Offer.Operation.$Properties[]|null);
                    filters?: (drover.v1.Filters.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Call.Accept.$Properties;
            }

            interface IDecline extends drover.v1.Call.Decline.$Properties {
            }

            class Decline {
                constructor(properties?: drover.v1.Call.Decline.$Properties);
                $unknowns?: Uint8Array[];
                offerIds: drover.v1.OfferID.$Properties[];
                filters?: (drover.v1.Filters.$Properties|null);
                static create(properties: drover.v1.Call.Decline.$Shape): drover.v1.Call.Decline & drover.v1.Call.Decline.$Shape;
                static create(properties?: drover.v1.Call.Decline.$Properties): drover.v1.Call.Decline;
                static encode(message: drover.v1.Call.Decline.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Call.Decline & drover.v1.Call.Decline.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Call.Decline;
                static toObject(message: drover.v1.Call.Decline, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Decline {
                interface $Properties {
                    offerIds?: (drover.v1.OfferID.$Properties[]|null);
                    filters?: (drover.v1.Filters.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Call.Decline.$Properties;
            }

            interface IRevive extends drover.v1.Call.Revive.$Properties {
            }

            class Revive {
                constructor(properties?: drover.v1.Call.Revive.$Properties);
                $unknowns?: Uint8Array[];
                roles: string[];
                static create(properties: drover.v1.Call.Revive.$Shape): drover.v1.Call.Revive & drover.v1.Call.Revive.$Shape;
                static create(properties?: drover.v1.Call.Revive.$Properties): drover.v1.Call.Revive;
                static encode(message: drover.v1.Call.Revive.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Call.Revive & drover.v1.Call.Revive.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Call.Revive;
                static toObject(message: drover.v1.Call.Revive, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Revive {
                interface $Properties {
                    roles?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Call.Revive.$Properties;
            }

            interface ISuppress extends drover.v1.Call.Suppress.$Properties {
            }

            class Suppress {
                constructor(properties?: drover.v1.Call.Suppress.$Properties);
                $unknowns?: Uint8Array[];
                roles: string[];
                static create(properties: drover.v1.Call.Suppress.$Shape): drover.v1.Call.Suppress & drover.v1.Call.Suppress.$Shape;
                static create(properties?: drover.v1.Call.Suppress.$Properties): drover.v1.Call.Suppress;
                static encode(message: drover.v1.Call.Suppress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Call.Suppress & drover.v1.Call.Suppress.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Call.Suppress;
                static toObject(message: drover.v1.Call.Suppress, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Suppress {
                interface $Properties {
                    roles?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Call.Suppress.$Properties;
            }

            interface IKill extends drover.v1.Call.Kill.$Properties {
            }

            class Kill {
                constructor(properties?: drover.v1.Call.Kill.$Properties);
                $unknowns?: Uint8Array[];
                taskId?: (drover.v1.TaskID.$Properties|null);
                agentId?: (drover.v1.AgentID.$Properties|null);
                killPolicy?: (drover.v1.KillPolicy.$Properties|null);
                static create(properties: drover.v1.Call.Kill.$Shape): drover.v1.Call.Kill & drover.v1.Call.Kill.$Shape;
                static create(properties?: drover.v1.Call.Kill.$Properties): drover.v1.Call.Kill;
                static encode(message: drover.v1.Call.Kill.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Call.Kill & drover.v1.Call.Kill.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Call.Kill;
                static toObject(message: drover.v1.Call.Kill, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Kill {
                interface $Properties {
                    taskId?: (drover.v1.TaskID.$Properties|null);
                    agentId?: (drover.v1.AgentID.$Properties|null);
                    killPolicy?: (drover.v1.KillPolicy.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Call.Kill.$Properties;
            }

            interface IShutdown extends drover.v1.Call.Shutdown.$Properties {
            }

            class Shutdown {
                constructor(properties?: drover.v1.Call.Shutdown.$Properties);
                $unknowns?: Uint8Array[];
                executorId?: (drover.v1.ExecutorID.$Properties|null);
                agentId?: (drover.v1.AgentID.$Properties|null);
                static create(properties: drover.v1.Call.Shutdown.$Shape): drover.v1.Call.Shutdown & drover.v1.Call.Shutdown.$Shape;
                static create(properties?: drover.v1.Call.Shutdown.$Properties): drover.v1.Call.Shutdown;
                static encode(message: drover.v1.Call.Shutdown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Call.Shutdown & drover.v1.Call.Shutdown.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Call.Shutdown;
                static toObject(message: drover.v1.Call.Shutdown, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Shutdown {
                interface $Properties {
                    executorId?: (drover.v1.ExecutorID.$Properties|null);
                    agentId?: (drover.v1.AgentID.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Call.Shutdown.$Properties;
            }

            interface IAcknowledge extends drover.v1.Call.Acknowledge.$Properties {
            }

            class Acknowledge {
                constructor(properties?: drover.v1.Call.Acknowledge.$Properties);
                $unknowns?: Uint8Array[];
                agentId?: (drover.v1.AgentID.$Properties|null);
                taskId?: (drover.v1.TaskID.$Properties|null);
                uuid: Uint8Array;
                static create(properties: drover.v1.Call.Acknowledge.$Shape): drover.v1.Call.Acknowledge & drover.v1.Call.Acknowledge.$Shape;
                static create(properties?: drover.v1.Call.Acknowledge.$Properties): drover.v1.Call.Acknowledge;
                static encode(message: drover.v1.Call.Acknowledge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Call.Acknowledge & drover.v1.Call.Acknowledge.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Call.Acknowledge;
                static toObject(message: drover.v1.Call.Acknowledge, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Acknowledge {
                interface $Properties {
                    agentId?: (drover.v1.AgentID.$Properties|null);
                    taskId?: (drover.v1.TaskID.$Properties|null);
                    uuid?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Call.Acknowledge.$Properties;
            }

            interface IReconcile extends drover.v1.Call.Reconcile.$Properties {
            }

            class Reconcile {
                constructor(properties?: drover.v1.Call.Reconcile.$Properties);
                $unknowns?: Uint8Array[];
                tasks: drover.v1.Call.Reconcile.Task.$Properties[];
                static create(properties: drover.v1.Call.Reconcile.$Shape): drover.v1.Call.Reconcile & drover.v1.Call.Reconcile.$Shape;
                static create(properties?: drover.v1.Call.Reconcile.$Properties): drover.v1.Call.Reconcile;
                static encode(message: drover.v1.Call.Reconcile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Call.Reconcile & drover.v1.Call.Reconcile.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Call.Reconcile;
                static toObject(message: drover.v1.Call.Reconcile, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Reconcile {
                interface $Properties {
                    tasks?: (drover.v1.Call.Reconcile.Task.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Call.Reconcile.$Properties;

                interface ITask extends drover.v1.Call.Reconcile.Task.$Properties {
                }

                class Task {
                    constructor(properties?: drover.v1.Call.Reconcile.Task.$Properties);
                    $unknowns?: Uint8Array[];
                    taskId?: (drover.v1.TaskID.$Properties|null);
                    agentId?: (drover.v1.AgentID.$Properties|null);
                    static create(properties: drover.v1.Call.Reconcile.Task.$Shape): drover.v1.Call.Reconcile.Task & drover.v1.Call.Reconcile.Task.$Shape;
                    static create(properties?: drover.v1.Call.Reconcile.Task.$Properties): drover.v1.Call.Reconcile.Task;
                    static encode(message: drover.v1.Call.Reconcile.Task.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Call.Reconcile.Task & drover.v1.Call.Reconcile.Task.$Shape;
                    static fromObject(object: { [k: string]: any }): drover.v1.Call.Reconcile.Task;
                    static toObject(message: drover.v1.Call.Reconcile.Task, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Task {
                    interface $Properties {
                        taskId?: (drover.v1.TaskID.$Properties|null);
                        agentId?: (drover.v1.AgentID.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = drover.v1.Call.Reconcile.Task.$Properties;
                }
            }

            interface IMessage extends drover.v1.Call.Message.$Properties {
            }

            class Message {
                constructor(properties?: drover.v1.Call.Message.$Properties);
                $unknowns?: Uint8Array[];
                agentId?: (drover.v1.AgentID.$Properties|null);
                executorId?: (drover.v1.ExecutorID.$Properties|null);
                data: Uint8Array;
                static create(properties: drover.v1.Call.Message.$Shape): drover.v1.Call.Message & drover.v1.Call.Message.$Shape;
                static create(properties?: drover.v1.Call.Message.$Properties): drover.v1.Call.Message;
                static encode(message: drover.v1.Call.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Call.Message & drover.v1.Call.Message.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Call.Message;
                static toObject(message: drover.v1.Call.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Message {
                interface $Properties {
                    agentId?: (drover.v1.AgentID.$Properties|null);
                    executorId?: (drover.v1.ExecutorID.$Properties|null);
                    data?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Call.Message.$Properties;
            }

            interface IUpdateFramework extends drover.v1.Call.UpdateFramework.$Properties {
            }

            class UpdateFramework {
                constructor(properties?: drover.v1.Call.UpdateFramework.$Properties);
                $unknowns?: Uint8Array[];
                frameworkInfo?: (drover.v1.FrameworkInfo.$Properties|null);
                suppressedRoles: string[];
                static create(properties: drover.v1.Call.UpdateFramework.$Shape): drover.v1.Call.UpdateFramework & drover.v1.Call.UpdateFramework.$Shape;
                static create(properties?: drover.v1.Call.UpdateFramework.$Properties): drover.v1.Call.UpdateFramework;
                static encode(message: drover.v1.Call.UpdateFramework.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Call.UpdateFramework & drover.v1.Call.UpdateFramework.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Call.UpdateFramework;
                static toObject(message: drover.v1.Call.UpdateFramework, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace UpdateFramework {
                interface $Properties {
                    frameworkInfo?: (drover.v1.FrameworkInfo.$Properties|null);
                    suppressedRoles?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Call.UpdateFramework.$Properties;
            }
        }

        interface ICallResponse extends drover.v1.CallResponse.$Properties {
        }

        class CallResponse {
            constructor(properties?: drover.v1.CallResponse.$Properties);
            $unknowns?: Uint8Array[];
            ok: boolean;
            errorCode: string;
            errorMessage: string;
            subscribed?: (drover.v1.Event.$Properties|null);
            epoch: number;
            static create(properties: drover.v1.CallResponse.$Shape): drover.v1.CallResponse & drover.v1.CallResponse.$Shape;
            static create(properties?: drover.v1.CallResponse.$Properties): drover.v1.CallResponse;
            static encode(message: drover.v1.CallResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.CallResponse & drover.v1.CallResponse.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.CallResponse;
            static toObject(message: drover.v1.CallResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallResponse {
            interface $Properties {
                ok?: (boolean|null);
                errorCode?: (string|null);
                errorMessage?: (string|null);
                subscribed?: (drover.v1.Event.$Properties|null);
                epoch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.CallResponse.$Properties;
        }

        interface IEvent extends drover.v1.Event.$Properties {
        }

        class Event {
            constructor(properties?: drover.v1.Event.$Properties);
            $unknowns?: Uint8Array[];
            type: drover.v1.Event.Type;
            epoch: number;
            subscribed?: (drover.v1.Event.Subscribed.$Properties|null);
            offers?: (drover.v1.Event.Offers.$Properties|null);
            rescind?: (drover.v1.Event.Rescind.$Properties|null);
            update?: (drover.v1.Event.Update.$Properties|null);
            message?: (drover.v1.Event.Message.$Properties|null);
            failure?: (drover.v1.Event.Failure.$Properties|null);
            error?: (drover.v1.Event.Error.$Properties|null);
            static create(properties: drover.v1.Event.$Shape): drover.v1.Event & drover.v1.Event.$Shape;
            static create(properties?: drover.v1.Event.$Properties): drover.v1.Event;
            static encode(message: drover.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Event & drover.v1.Event.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.Event;
            static toObject(message: drover.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Event {
            interface $Properties {
                type?: (drover.v1.Event.Type|null);
                epoch?: (number|null);
                subscribed?: (drover.v1.Event.Subscribed.$Properties|null);
                offers?: (drover.v1.Event.Offers.$Properties|null);
                rescind?: (drover.v1.Event.Rescind.$Properties|null);
                update?: (drover.v1.Event.Update.$Properties|null);
                message?: (drover.v1.Event.Message.$Properties|null);
                failure?: (drover.v1.Event.Failure.$Properties|null);
                error?: (drover.v1.Event.Error.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.Event.$Properties;

            enum Type {
                TYPE_UNSPECIFIED = 0,
                SUBSCRIBED = 1,
                OFFERS = 2,
                RESCIND = 3,
                UPDATE = 4,
                MESSAGE = 5,
                FAILURE = 6,
                ERROR = 7,
                HEARTBEAT = 8
            }

            interface ISubscribed extends drover.v1.Event.Subscribed.$Properties {
            }

            class Subscribed {
                constructor(properties?: drover.v1.Event.Subscribed.$Properties);
                $unknowns?: Uint8Array[];
                frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                heartbeatIntervalSeconds: number;
                masterInfo?: (drover.v1.MasterInfo.$Properties|null);
                static create(properties: drover.v1.Event.Subscribed.$Shape): drover.v1.Event.Subscribed & drover.v1.Event.Subscribed.$Shape;
                static create(properties?: drover.v1.Event.Subscribed.$Properties): drover.v1.Event.Subscribed;
                static encode(message: drover.v1.Event.Subscribed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Event.Subscribed & drover.v1.Event.Subscribed.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Event.Subscribed;
                static toObject(message: drover.v1.Event.Subscribed, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Subscribed {
                interface $Properties {
                    frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                    heartbeatIntervalSeconds?: (number|null);
                    masterInfo?: (drover.v1.MasterInfo.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Event.Subscribed.$Properties;
            }

            interface IOffers extends drover.v1.Event.Offers.$Properties {
            }

            class Offers {
                constructor(properties?: drover.v1.Event.Offers.$Properties);
                $unknowns?: Uint8Array[];
                offers: drover.v1.Offer.$Properties[];
                static create(properties: drover.v1.Event.Offers.$Shape): drover.v1.Event.Offers & drover.v1.Event.Offers.$Shape;
                static create(properties?: drover.v1.Event.Offers.$Properties): drover.v1.Event.Offers;
                static encode(message: drover.v1.Event.Offers.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Event.Offers & drover.v1.Event.Offers.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Event.Offers;
                static toObject(message: drover.v1.Event.Offers, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Offers {
                interface $Properties {
                    offers?: (drover.v1.Offer.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Event.Offers.$Properties;
            }

            interface IRescind extends drover.v1.Event.Rescind.$Properties {
            }

            class Rescind {
                constructor(properties?: drover.v1.Event.Rescind.$Properties);
                $unknowns?: Uint8Array[];
                offerId?: (drover.v1.OfferID.$Properties|null);
                static create(properties: drover.v1.Event.Rescind.$Shape): drover.v1.Event.Rescind & drover.v1.Event.Rescind.$Shape;
                static create(properties?: drover.v1.Event.Rescind.$Properties): drover.v1.Event.Rescind;
                static encode(message: drover.v1.Event.Rescind.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Event.Rescind & drover.v1.Event.Rescind.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Event.Rescind;
                static toObject(message: drover.v1.Event.Rescind, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Rescind {
                interface $Properties {
                    offerId?: (drover.v1.OfferID.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Event.Rescind.$Properties;
            }

            interface IUpdate extends drover.v1.Event.Update.$Properties {
            }

            class Update {
                constructor(properties?: drover.v1.Event.Update.$Properties);
                $unknowns?: Uint8Array[];
                status?: (drover.v1.TaskStatus.$Properties|null);
                static create(properties: drover.v1.Event.Update.$Shape): drover.v1.Event.Update & drover.v1.Event.Update.$Shape;
                static create(properties?: drover.v1.Event.Update.$Properties): drover.v1.Event.Update;
                static encode(message: drover.v1.Event.Update.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Event.Update & drover.v1.Event.Update.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Event.Update;
                static toObject(message: drover.v1.Event.Update, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Update {
                interface $Properties {
                    status?: (drover.v1.TaskStatus.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Event.Update.$Properties;
            }

            interface IMessage extends drover.v1.Event.Message.$Properties {
            }

            class Message {
                constructor(properties?: drover.v1.Event.Message.$Properties);
                $unknowns?: Uint8Array[];
                agentId?: (drover.v1.AgentID.$Properties|null);
                executorId?: (drover.v1.ExecutorID.$Properties|null);
                data: Uint8Array;
                static create(properties: drover.v1.Event.Message.$Shape): drover.v1.Event.Message & drover.v1.Event.Message.$Shape;
                static create(properties?: drover.v1.Event.Message.$Properties): drover.v1.Event.Message;
                static encode(message: drover.v1.Event.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Event.Message & drover.v1.Event.Message.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Event.Message;
                static toObject(message: drover.v1.Event.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Message {
                interface $Properties {
                    agentId?: (drover.v1.AgentID.$Properties|null);
                    executorId?: (drover.v1.ExecutorID.$Properties|null);
                    data?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Event.Message.$Properties;
            }

            interface IFailure extends drover.v1.Event.Failure.$Properties {
            }

            class Failure {
                constructor(properties?: drover.v1.Event.Failure.$Properties);
                $unknowns?: Uint8Array[];
                agentId?: (drover.v1.AgentID.$Properties|null);
                executorId?: (drover.v1.ExecutorID.$Properties|null);
                status?: (number|null);
                static create(properties: drover.v1.Event.Failure.$Shape): drover.v1.Event.Failure & drover.v1.Event.Failure.$Shape;
                static create(properties?: drover.v1.Event.Failure.$Properties): drover.v1.Event.Failure;
                static encode(message: drover.v1.Event.Failure.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Event.Failure & drover.v1.Event.Failure.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Event.Failure;
                static toObject(message: drover.v1.Event.Failure, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Failure {
                interface $Properties {
                    agentId?: (drover.v1.AgentID.$Properties|null);
                    executorId?: (drover.v1.ExecutorID.$Properties|null);
                    status?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Event.Failure.$Properties;
            }

            interface IError extends drover.v1.Event.Error.$Properties {
            }

            class Error {
                constructor(properties?: drover.v1.Event.Error.$Properties);
                $unknowns?: Uint8Array[];
                message: string;
                code: string;
                static create(properties: drover.v1.Event.Error.$Shape): drover.v1.Event.Error & drover.v1.Event.Error.$Shape;
                static create(properties?: drover.v1.Event.Error.$Properties): drover.v1.Event.Error;
                static encode(message: drover.v1.Event.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.Event.Error & drover.v1.Event.Error.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.Event.Error;
                static toObject(message: drover.v1.Event.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Error {
                interface $Properties {
                    message?: (string|null);
                    code?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.Event.Error.$Properties;
            }
        }

        interface ITaskRecord extends drover.v1.TaskRecord.$Properties {
        }

        class TaskRecord {
            constructor(properties?: drover.v1.TaskRecord.$Properties);
            $unknowns?: Uint8Array[];
            task?: (drover.v1.TaskInfo.$Properties|null);
            frameworkId?: (drover.v1.FrameworkID.$Properties|null);
            state: drover.v1.TaskState;
            latestStatus?: (drover.v1.TaskStatus.$Properties|null);
            static create(properties: drover.v1.TaskRecord.$Shape): drover.v1.TaskRecord & drover.v1.TaskRecord.$Shape;
            static create(properties?: drover.v1.TaskRecord.$Properties): drover.v1.TaskRecord;
            static encode(message: drover.v1.TaskRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.TaskRecord & drover.v1.TaskRecord.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.TaskRecord;
            static toObject(message: drover.v1.TaskRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskRecord {
            interface $Properties {
                task?: (drover.v1.TaskInfo.$Properties|null);
                frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                state?: (drover.v1.TaskState|null);
                latestStatus?: (drover.v1.TaskStatus.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.TaskRecord.$Properties;
        }

        interface IAgentMessage extends drover.v1.AgentMessage.$Properties {
        }

        class AgentMessage {
            constructor(properties?: drover.v1.AgentMessage.$Properties);
            $unknowns?: Uint8Array[];
            type: drover.v1.AgentMessage.Type;
            agentId?: (drover.v1.AgentID.$Properties|null);
            register?: (drover.v1.AgentMessage.Register.$Properties|null);
            reregister?: (drover.v1.AgentMessage.Reregister.$Properties|null);
            statusUpdates: drover.v1.AgentMessage.StatusUpdate.$Properties[];
            executorToFramework?: (drover.v1.AgentMessage.ExecutorToFramework.$Properties|null);
            static create(properties: drover.v1.AgentMessage.$Shape): drover.v1.AgentMessage & drover.v1.AgentMessage.$Shape;
            static create(properties?: drover.v1.AgentMessage.$Properties): drover.v1.AgentMessage;
            static encode(message: drover.v1.AgentMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.AgentMessage & drover.v1.AgentMessage.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.AgentMessage;
            static toObject(message: drover.v1.AgentMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentMessage {
            interface $Properties {
                type?: (drover.v1.AgentMessage.Type|null);
                agentId?: (drover.v1.AgentID.$Properties|null);
                register?: (drover.v1.AgentMessage.Register.$Properties|null);
                reregister?: (drover.v1.AgentMessage.Reregister.$Properties|null);
                statusUpdates?: (drover.v1.AgentMessage.StatusUpdate.$Properties[]|null);
                executorToFramework?: (drover.v1.AgentMessage.ExecutorToFramework.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.AgentMessage.$Properties;

            enum Type {
                TYPE_UNSPECIFIED = 0,
                REGISTER = 1,
                REREGISTER = 2,
                STATUS_UPDATE = 3,
                EXECUTOR_TO_FRAMEWORK = 4,
                UNREGISTER = 5
            }

            interface IRegister extends drover.v1.AgentMessage.Register.$Properties {
            }

            class Register {
                constructor(properties?: drover.v1.AgentMessage.Register.$Properties);
                $unknowns?: Uint8Array[];
                agentInfo?: (drover.v1.AgentInfo.$Properties|null);
                static create(properties: drover.v1.AgentMessage.Register.$Shape): drover.v1.AgentMessage.Register & drover.v1.AgentMessage.Register.$Shape;
                static create(properties?: drover.v1.AgentMessage.Register.$Properties): drover.v1.AgentMessage.Register;
                static encode(message: drover.v1.AgentMessage.Register.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.AgentMessage.Register & drover.v1.AgentMessage.Register.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.AgentMessage.Register;
                static toObject(message: drover.v1.AgentMessage.Register, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Register {
                interface $Properties {
                    agentInfo?: (drover.v1.AgentInfo.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.AgentMessage.Register.$Properties;
            }

            interface IReregister extends drover.v1.AgentMessage.Reregister.$Properties {
            }

            class Reregister {
                constructor(properties?: drover.v1.AgentMessage.Reregister.$Properties);
                $unknowns?: Uint8Array[];
                agentInfo?: (drover.v1.AgentInfo.$Properties|null);
                tasks: drover.v1.TaskRecord.$Properties[];
                frameworks: drover.v1.FrameworkInfo.$Properties[];
                static create(properties: drover.v1.AgentMessage.Reregister.$Shape): drover.v1.AgentMessage.Reregister & drover.v1.AgentMessage.Reregister.$Shape;
                static create(properties?: drover.v1.AgentMessage.Reregister.$Properties): drover.v1.AgentMessage.Reregister;
                static encode(message: drover.v1.AgentMessage.Reregister.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.AgentMessage.Reregister & drover.v1.AgentMessage.Reregister.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.AgentMessage.Reregister;
                static toObject(message: drover.v1.AgentMessage.Reregister, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Reregister {
                interface $Properties {
                    agentInfo?: (drover.v1.AgentInfo.$Properties|null);
                    tasks?: (drover.v1.TaskRecord.$Properties[]|null);
                    frameworks?: (drover.v1.FrameworkInfo.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.AgentMessage.Reregister.$Properties;
            }

            interface IStatusUpdate extends drover.v1.AgentMessage.StatusUpdate.$Properties {
            }

            class StatusUpdate {
                constructor(properties?: drover.v1.AgentMessage.StatusUpdate.$Properties);
                $unknowns?: Uint8Array[];
                frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                status?: (drover.v1.TaskStatus.$Properties|null);
                static create(properties: drover.v1.AgentMessage.StatusUpdate.$Shape): drover.v1.AgentMessage.StatusUpdate & drover.v1.AgentMessage.StatusUpdate.$Shape;
                static create(properties?: drover.v1.AgentMessage.StatusUpdate.$Properties): drover.v1.AgentMessage.StatusUpdate;
                static encode(message: drover.v1.AgentMessage.StatusUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.AgentMessage.StatusUpdate & drover.v1.AgentMessage.StatusUpdate.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.AgentMessage.StatusUpdate;
                static toObject(message: drover.v1.AgentMessage.StatusUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace StatusUpdate {
                interface $Properties {
                    frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                    status?: (drover.v1.TaskStatus.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.AgentMessage.StatusUpdate.$Properties;
            }

            interface IExecutorToFramework extends drover.v1.AgentMessage.ExecutorToFramework.$Properties {
            }

            class ExecutorToFramework {
                constructor(properties?: drover.v1.AgentMessage.ExecutorToFramework.$Properties);
                $unknowns?: Uint8Array[];
                frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                executorId?: (drover.v1.ExecutorID.$Properties|null);
                data: Uint8Array;
                static create(properties: drover.v1.AgentMessage.ExecutorToFramework.$Shape): drover.v1.AgentMessage.ExecutorToFramework & drover.v1.AgentMessage.ExecutorToFramework.$Shape;
                static create(properties?: drover.v1.AgentMessage.ExecutorToFramework.$Properties): drover.v1.AgentMessage.ExecutorToFramework;
                static encode(message: drover.v1.AgentMessage.ExecutorToFramework.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.AgentMessage.ExecutorToFramework & drover.v1.AgentMessage.ExecutorToFramework.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.AgentMessage.ExecutorToFramework;
                static toObject(message: drover.v1.AgentMessage.ExecutorToFramework, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExecutorToFramework {
                interface $Properties {
                    frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                    executorId?: (drover.v1.ExecutorID.$Properties|null);
                    data?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.AgentMessage.ExecutorToFramework.$Properties;
            }
        }

        interface IAgentMessageResponse extends drover.v1.AgentMessageResponse.$Properties {
        }

        class AgentMessageResponse {
            constructor(properties?: drover.v1.AgentMessageResponse.$Properties);
            $unknowns?: Uint8Array[];
            ok: boolean;
            errorCode: string;
            errorMessage: string;
            agentId?: (drover.v1.AgentID.$Properties|null);
            masterInfo?: (drover.v1.MasterInfo.$Properties|null);
            pingIntervalSeconds: number;
            epoch: number;
            static create(properties: drover.v1.AgentMessageResponse.$Shape): drover.v1.AgentMessageResponse & drover.v1.AgentMessageResponse.$Shape;
            static create(properties?: drover.v1.AgentMessageResponse.$Properties): drover.v1.AgentMessageResponse;
            static encode(message: drover.v1.AgentMessageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.AgentMessageResponse & drover.v1.AgentMessageResponse.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.AgentMessageResponse;
            static toObject(message: drover.v1.AgentMessageResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentMessageResponse {
            interface $Properties {
                ok?: (boolean|null);
                errorCode?: (string|null);
                errorMessage?: (string|null);
                agentId?: (drover.v1.AgentID.$Properties|null);
                masterInfo?: (drover.v1.MasterInfo.$Properties|null);
                pingIntervalSeconds?: (number|null);
                epoch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.AgentMessageResponse.$Properties;
        }

        interface IAgentCommand extends drover.v1.AgentCommand.$Properties {
        }

        class AgentCommand {
            constructor(properties?: drover.v1.AgentCommand.$Properties);
            $unknowns?: Uint8Array[];
            type: drover.v1.AgentCommand.Type;
            epoch: number;
            agentId?: (drover.v1.AgentID.$Properties|null);
            runTasks: drover.v1.AgentCommand.RunTask.$Properties[];
            killTask?: (drover.v1.AgentCommand.KillTask.$Properties|null);
            acknowledgements: drover.v1.AgentCommand.Acknowledge.$Properties[];
            frameworkToExecutor?: (drover.v1.AgentCommand.FrameworkToExecutor.$Properties|null);
            shutdownFramework?: (drover.v1.AgentCommand.ShutdownFramework.$Properties|null);
            shutdown?: (drover.v1.AgentCommand.Shutdown.$Properties|null);
            reconcileTasks?: (drover.v1.AgentCommand.ReconcileTasks.$Properties|null);
            static create(properties: drover.v1.AgentCommand.$Shape): drover.v1.AgentCommand & drover.v1.AgentCommand.$Shape;
            static create(properties?: drover.v1.AgentCommand.$Properties): drover.v1.AgentCommand;
            static encode(message: drover.v1.AgentCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.AgentCommand & drover.v1.AgentCommand.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.AgentCommand;
            static toObject(message: drover.v1.AgentCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentCommand {
            interface $Properties {
                type?: (drover.v1.AgentCommand.Type|null);
                epoch?: (number|null);
                agentId?: (drover.v1.AgentID.$Properties|null);
                runTasks?: (drover.v1.AgentCommand.RunTask.$Properties[]|null);
                killTask?: (drover.v1.AgentCommand.KillTask.$Properties|null);
                acknowledgements?: (drover.v1.AgentCommand.Acknowledge.$Properties[]|null);
                frameworkToExecutor?: (drover.v1.AgentCommand.FrameworkToExecutor.$Properties|null);
                shutdownFramework?: (drover.v1.AgentCommand.ShutdownFramework.$Properties|null);
                shutdown?: (drover.v1.AgentCommand.Shutdown.$Properties|null);
                reconcileTasks?: (drover.v1.AgentCommand.ReconcileTasks.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.AgentCommand.$Properties;

            enum Type {
                TYPE_UNSPECIFIED = 0,
                PING = 1,
                RUN_TASK = 2,
                KILL_TASK = 3,
                ACKNOWLEDGE = 4,
                FRAMEWORK_TO_EXECUTOR = 5,
                SHUTDOWN_FRAMEWORK = 6,
                SHUTDOWN = 7,
                RECONCILE_TASKS = 8
            }

            interface IRunTask extends drover.v1.AgentCommand.RunTask.$Properties {
            }

            class RunTask {
                constructor(properties?: drover.v1.AgentCommand.RunTask.$Properties);
                $unknowns?: Uint8Array[];
                framework?: (drover.v1.FrameworkInfo.$Properties|null);
                task?: (drover.v1.TaskInfo.$Properties|null);
                static create(properties: drover.v1.AgentCommand.RunTask.$Shape): drover.v1.AgentCommand.RunTask & drover.v1.AgentCommand.RunTask.$Shape;
                static create(properties?: drover.v1.AgentCommand.RunTask.$Properties): drover.v1.AgentCommand.RunTask;
                static encode(message: drover.v1.AgentCommand.RunTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.AgentCommand.RunTask & drover.v1.AgentCommand.RunTask.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.AgentCommand.RunTask;
                static toObject(message: drover.v1.AgentCommand.RunTask, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RunTask {
                interface $Properties {
                    framework?: (drover.v1.FrameworkInfo.$Properties|null);
                    task?: (drover.v1.TaskInfo.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.AgentCommand.RunTask.$Properties;
            }

            interface IKillTask extends drover.v1.AgentCommand.KillTask.$Properties {
            }

            class KillTask {
                constructor(properties?: drover.v1.AgentCommand.KillTask.$Properties);
                $unknowns?: Uint8Array[];
                frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                taskId?: (drover.v1.TaskID.$Properties|null);
                killPolicy?: (drover.v1.KillPolicy.$Properties|null);
                static create(properties: drover.v1.AgentCommand.KillTask.$Shape): drover.v1.AgentCommand.KillTask & drover.v1.AgentCommand.KillTask.$Shape;
                static create(properties?: drover.v1.AgentCommand.KillTask.$Properties): drover.v1.AgentCommand.KillTask;
                static encode(message: drover.v1.AgentCommand.KillTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.AgentCommand.KillTask & drover.v1.AgentCommand.KillTask.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.AgentCommand.KillTask;
                static toObject(message: drover.v1.AgentCommand.KillTask, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace KillTask {
                interface $Properties {
                    frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                    taskId?: (drover.v1.TaskID.$Properties|null);
                    killPolicy?: (drover.v1.KillPolicy.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.AgentCommand.KillTask.$Properties;
            }

            interface IAcknowledge extends drover.v1.AgentCommand.Acknowledge.$Properties {
            }

            class Acknowledge {
                constructor(properties?: drover.v1.AgentCommand.Acknowledge.$Properties);
                $unknowns?: Uint8Array[];
                frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                taskId?: (drover.v1.TaskID.$Properties|null);
                uuid: Uint8Array;
                static create(properties: drover.v1.AgentCommand.Acknowledge.$Shape): drover.v1.AgentCommand.Acknowledge & drover.v1.AgentCommand.Acknowledge.$Shape;
                static create(properties?: drover.v1.AgentCommand.Acknowledge.$Properties): drover.v1.AgentCommand.Acknowledge;
                static encode(message: drover.v1.AgentCommand.Acknowledge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.AgentCommand.Acknowledge & drover.v1.AgentCommand.Acknowledge.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.AgentCommand.Acknowledge;
                static toObject(message: drover.v1.AgentCommand.Acknowledge, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Acknowledge {
                interface $Properties {
                    frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                    taskId?: (drover.v1.TaskID.$Properties|null);
                    uuid?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.AgentCommand.Acknowledge.$Properties;
            }

            interface IFrameworkToExecutor extends drover.v1.AgentCommand.FrameworkToExecutor.$Properties {
            }

            class FrameworkToExecutor {
                constructor(properties?: drover.v1.AgentCommand.FrameworkToExecutor.$Properties);
                $unknowns?: Uint8Array[];
                frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                executorId?: (drover.v1.ExecutorID.$Properties|null);
                data: Uint8Array;
                static create(properties: drover.v1.AgentCommand.FrameworkToExecutor.$Shape): drover.v1.AgentCommand.FrameworkToExecutor & drover.v1.AgentCommand.FrameworkToExecutor.$Shape;
                static create(properties?: drover.v1.AgentCommand.FrameworkToExecutor.$Properties): drover.v1.AgentCommand.FrameworkToExecutor;
                static encode(message: drover.v1.AgentCommand.FrameworkToExecutor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.AgentCommand.FrameworkToExecutor & drover.v1.AgentCommand.FrameworkToExecutor.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.AgentCommand.FrameworkToExecutor;
                static toObject(message: drover.v1.AgentCommand.FrameworkToExecutor, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace FrameworkToExecutor {
                interface $Properties {
                    frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                    executorId?: (drover.v1.ExecutorID.$Properties|null);
                    data?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.AgentCommand.FrameworkToExecutor.$Properties;
            }

            interface IShutdownFramework extends drover.v1.AgentCommand.ShutdownFramework.$Properties {
            }

            class ShutdownFramework {
                constructor(properties?: drover.v1.AgentCommand.ShutdownFramework.$Properties);
                $unknowns?: Uint8Array[];
                frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                static create(properties: drover.v1.AgentCommand.ShutdownFramework.$Shape): drover.v1.AgentCommand.ShutdownFramework & drover.v1.AgentCommand.ShutdownFramework.$Shape;
                static create(properties?: drover.v1.AgentCommand.ShutdownFramework.$Properties): drover.v1.AgentCommand.ShutdownFramework;
                static encode(message: drover.v1.AgentCommand.ShutdownFramework.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.AgentCommand.ShutdownFramework & drover.v1.AgentCommand.ShutdownFramework.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.AgentCommand.ShutdownFramework;
                static toObject(message: drover.v1.AgentCommand.ShutdownFramework, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ShutdownFramework {
                interface $Properties {
                    frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.AgentCommand.ShutdownFramework.$Properties;
            }

            interface IShutdown extends drover.v1.AgentCommand.Shutdown.$Properties {
            }

            class Shutdown {
                constructor(properties?: drover.v1.AgentCommand.Shutdown.$Properties);
                $unknowns?: Uint8Array[];
                message: string;
                static create(properties: drover.v1.AgentCommand.Shutdown.$Shape): drover.v1.AgentCommand.Shutdown & drover.v1.AgentCommand.Shutdown.$Shape;
                static create(properties?: drover.v1.AgentCommand.Shutdown.$Properties): drover.v1.AgentCommand.Shutdown;
                static encode(message: drover.v1.AgentCommand.Shutdown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.AgentCommand.Shutdown & drover.v1.AgentCommand.Shutdown.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.AgentCommand.Shutdown;
                static toObject(message: drover.v1.AgentCommand.Shutdown, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Shutdown {
                interface $Properties {
                    message?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.AgentCommand.Shutdown.$Properties;
            }

            interface IReconcileTasks extends drover.v1.AgentCommand.ReconcileTasks.$Properties {
            }

            class ReconcileTasks {
                constructor(properties?: drover.v1.AgentCommand.ReconcileTasks.$Properties);
                $unknowns?: Uint8Array[];
                frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                taskIds: drover.v1.TaskID.$Properties[];
                static create(properties: drover.v1.AgentCommand.ReconcileTasks.$Shape): drover.v1.AgentCommand.ReconcileTasks & drover.v1.AgentCommand.ReconcileTasks.$Shape;
                static create(properties?: drover.v1.AgentCommand.ReconcileTasks.$Properties): drover.v1.AgentCommand.ReconcileTasks;
                static encode(message: drover.v1.AgentCommand.ReconcileTasks.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.AgentCommand.ReconcileTasks & drover.v1.AgentCommand.ReconcileTasks.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.AgentCommand.ReconcileTasks;
                static toObject(message: drover.v1.AgentCommand.ReconcileTasks, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReconcileTasks {
                interface $Properties {
                    frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                    taskIds?: (drover.v1.TaskID.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.AgentCommand.ReconcileTasks.$Properties;
            }
        }

        interface IAgentCommandResponse extends drover.v1.AgentCommandResponse.$Properties {
        }

        class AgentCommandResponse {
            constructor(properties?: drover.v1.AgentCommandResponse.$Properties);
            $unknowns?: Uint8Array[];
            ok: boolean;
            errorCode: string;
            errorMessage: string;
            static create(properties: drover.v1.AgentCommandResponse.$Shape): drover.v1.AgentCommandResponse & drover.v1.AgentCommandResponse.$Shape;
            static create(properties?: drover.v1.AgentCommandResponse.$Properties): drover.v1.AgentCommandResponse;
            static encode(message: drover.v1.AgentCommandResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.AgentCommandResponse & drover.v1.AgentCommandResponse.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.AgentCommandResponse;
            static toObject(message: drover.v1.AgentCommandResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentCommandResponse {
            interface $Properties {
                ok?: (boolean|null);
                errorCode?: (string|null);
                errorMessage?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.AgentCommandResponse.$Properties;
        }

        interface IExecutorCall extends drover.v1.ExecutorCall.$Properties {
        }

        class ExecutorCall {
            constructor(properties?: drover.v1.ExecutorCall.$Properties);
            $unknowns?: Uint8Array[];
            type: drover.v1.ExecutorCall.Type;
            executorId?: (drover.v1.ExecutorID.$Properties|null);
            frameworkId?: (drover.v1.FrameworkID.$Properties|null);
            subscribe?: (drover.v1.ExecutorCall.Subscribe.$Properties|null);
            update?: (drover.v1.ExecutorCall.Update.$Properties|null);
            message?: (drover.v1.ExecutorCall.Message.$Properties|null);
            static create(properties: drover.v1.ExecutorCall.$Shape): drover.v1.ExecutorCall & drover.v1.ExecutorCall.$Shape;
            static create(properties?: drover.v1.ExecutorCall.$Properties): drover.v1.ExecutorCall;
            static encode(message: drover.v1.ExecutorCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ExecutorCall & drover.v1.ExecutorCall.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.ExecutorCall;
            static toObject(message: drover.v1.ExecutorCall, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecutorCall {
            interface $Properties {
                type?: (drover.v1.ExecutorCall.Type|null);
                executorId?: (drover.v1.ExecutorID.$Properties|null);
                frameworkId?: (drover.v1.FrameworkID.$Properties|null);
                subscribe?: (drover.v1.ExecutorCall.Subscribe.$Properties|null);
                update?: (drover.v1.ExecutorCall.Update.$Properties|null);
                message?: (drover.v1.ExecutorCall.Message.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.ExecutorCall.$Properties;

            enum Type {
                TYPE_UNSPECIFIED = 0,
                SUBSCRIBE = 1,
                UPDATE = 2,
                MESSAGE = 3,
                HEARTBEAT = 4
            }

            interface ISubscribe extends drover.v1.ExecutorCall.Subscribe.$Properties {
            }

            class Subscribe {
                constructor(properties?: drover.v1.ExecutorCall.Subscribe.$Properties);
                $unknowns?: Uint8Array[];
                unacknowledgedTasks: drover.v1.TaskInfo.$Properties[];
                unacknowledgedUpdates: drover.v1.TaskStatus.$Properties[];
                static create(properties: drover.v1.ExecutorCall.Subscribe.$Shape): drover.v1.ExecutorCall.Subscribe & drover.v1.ExecutorCall.Subscribe.$Shape;
                static create(properties?: drover.v1.ExecutorCall.Subscribe.$Properties): drover.v1.ExecutorCall.Subscribe;
                static encode(message: drover.v1.ExecutorCall.Subscribe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ExecutorCall.Subscribe & drover.v1.ExecutorCall.Subscribe.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.ExecutorCall.Subscribe;
                static toObject(message: drover.v1.ExecutorCall.Subscribe, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Subscribe {
                interface $Properties {
                    unacknowledgedTasks?: (drover.v1.TaskInfo.$Properties[]|null);
                    unacknowledgedUpdates?: (drover.v1.TaskStatus.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.ExecutorCall.Subscribe.$Properties;
            }

            interface IUpdate extends drover.v1.ExecutorCall.Update.$Properties {
            }

            class Update {
                constructor(properties?: drover.v1.ExecutorCall.Update.$Properties);
                $unknowns?: Uint8Array[];
                status?: (drover.v1.TaskStatus.$Properties|null);
                static create(properties: drover.v1.ExecutorCall.Update.$Shape): drover.v1.ExecutorCall.Update & drover.v1.ExecutorCall.Update.$Shape;
                static create(properties?: drover.v1.ExecutorCall.Update.$Properties): drover.v1.ExecutorCall.Update;
                static encode(message: drover.v1.ExecutorCall.Update.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ExecutorCall.Update & drover.v1.ExecutorCall.Update.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.ExecutorCall.Update;
                static toObject(message: drover.v1.ExecutorCall.Update, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Update {
                interface $Properties {
                    status?: (drover.v1.TaskStatus.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.ExecutorCall.Update.$Properties;
            }

            interface IMessage extends drover.v1.ExecutorCall.Message.$Properties {
            }

            class Message {
                constructor(properties?: drover.v1.ExecutorCall.Message.$Properties);
                $unknowns?: Uint8Array[];
                data: Uint8Array;
                static create(properties: drover.v1.ExecutorCall.Message.$Shape): drover.v1.ExecutorCall.Message & drover.v1.ExecutorCall.Message.$Shape;
                static create(properties?: drover.v1.ExecutorCall.Message.$Properties): drover.v1.ExecutorCall.Message;
                static encode(message: drover.v1.ExecutorCall.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ExecutorCall.Message & drover.v1.ExecutorCall.Message.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.ExecutorCall.Message;
                static toObject(message: drover.v1.ExecutorCall.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Message {
                interface $Properties {
                    data?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.ExecutorCall.Message.$Properties;
            }
        }

        interface IExecutorEvent extends drover.v1.ExecutorEvent.$Properties {
        }

        class ExecutorEvent {
            constructor(properties?: drover.v1.ExecutorEvent.$Properties);
            $unknowns?: Uint8Array[];
            type: drover.v1.ExecutorEvent.Type;
            subscribed?: (drover.v1.ExecutorEvent.Subscribed.$Properties|null);
            launch?: (drover.v1.ExecutorEvent.Launch.$Properties|null);
            launchGroup?: (drover.v1.ExecutorEvent.LaunchGroup.$Properties|null);
            kill?: (drover.v1.ExecutorEvent.Kill.$Properties|null);
            acknowledged?: (drover.v1.ExecutorEvent.Acknowledged.$Properties|null);
            message?: (drover.v1.ExecutorEvent.Message.$Properties|null);
            error?: (drover.v1.ExecutorEvent.Error.$Properties|null);
            static create(properties: drover.v1.ExecutorEvent.$Shape): drover.v1.ExecutorEvent & drover.v1.ExecutorEvent.$Shape;
            static create(properties?: drover.v1.ExecutorEvent.$Properties): drover.v1.ExecutorEvent;
            static encode(message: drover.v1.ExecutorEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ExecutorEvent & drover.v1.ExecutorEvent.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.ExecutorEvent;
            static toObject(message: drover.v1.ExecutorEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecutorEvent {
            interface $Properties {
                type?: (drover.v1.ExecutorEvent.Type|null);
                subscribed?: (drover.v1.ExecutorEvent.Subscribed.$Properties|null);
                launch?: (drover.v1.ExecutorEvent.Launch.$Properties|null);
                launchGroup?: (drover.v1.ExecutorEvent.LaunchGroup.$Properties|null);
                kill?: (drover.v1.ExecutorEvent.Kill.$Properties|null);
                acknowledged?: (drover.v1.ExecutorEvent.Acknowledged.$Properties|null);
                message?: (drover.v1.ExecutorEvent.Message.$Properties|null);
                error?: (drover.v1.ExecutorEvent.Error.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.ExecutorEvent.$Properties;

            enum Type {
                TYPE_UNSPECIFIED = 0,
                SUBSCRIBED = 1,
                LAUNCH = 2,
                KILL = 3,
                ACKNOWLEDGED = 4,
                MESSAGE = 5,
                ERROR = 6,
                SHUTDOWN = 7,
                LAUNCH_GROUP = 8,
                HEARTBEAT = 9
            }

            interface ISubscribed extends drover.v1.ExecutorEvent.Subscribed.$Properties {
            }

            class Subscribed {
                constructor(properties?: drover.v1.ExecutorEvent.Subscribed.$Properties);
                $unknowns?: Uint8Array[];
                executorInfo?: (drover.v1.ExecutorInfo.$Properties|null);
                frameworkInfo?: (drover.v1.FrameworkInfo.$Properties|null);
                agentInfo?: (drover.v1.AgentInfo.$Properties|null);
                containerId?: (drover.v1.ContainerID.$Properties|null);
                static create(properties: drover.v1.ExecutorEvent.Subscribed.$Shape): drover.v1.ExecutorEvent.Subscribed & drover.v1.ExecutorEvent.Subscribed.$Shape;
                static create(properties?: drover.v1.ExecutorEvent.Subscribed.$Properties): drover.v1.ExecutorEvent.Subscribed;
                static encode(message: drover.v1.ExecutorEvent.Subscribed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ExecutorEvent.Subscribed & drover.v1.ExecutorEvent.Subscribed.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.ExecutorEvent.Subscribed;
                static toObject(message: drover.v1.ExecutorEvent.Subscribed, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Subscribed {
                interface $Properties {
                    executorInfo?: (drover.v1.ExecutorInfo.$Properties|null);
                    frameworkInfo?: (drover.v1.FrameworkInfo.$Properties|null);
                    agentInfo?: (drover.v1.AgentInfo.$Properties|null);
                    containerId?: (drover.v1.ContainerID.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.ExecutorEvent.Subscribed.$Properties;
            }

            interface ILaunch extends drover.v1.ExecutorEvent.Launch.$Properties {
            }

            class Launch {
                constructor(properties?: drover.v1.ExecutorEvent.Launch.$Properties);
                $unknowns?: Uint8Array[];
                task?: (drover.v1.TaskInfo.$Properties|null);
                static create(properties: drover.v1.ExecutorEvent.Launch.$Shape): drover.v1.ExecutorEvent.Launch & drover.v1.ExecutorEvent.Launch.$Shape;
                static create(properties?: drover.v1.ExecutorEvent.Launch.$Properties): drover.v1.ExecutorEvent.Launch;
                static encode(message: drover.v1.ExecutorEvent.Launch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ExecutorEvent.Launch & drover.v1.ExecutorEvent.Launch.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.ExecutorEvent.Launch;
                static toObject(message: drover.v1.ExecutorEvent.Launch, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Launch {
                interface $Properties {
                    task?: (drover.v1.TaskInfo.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.ExecutorEvent.Launch.$Properties;
            }

            interface ILaunchGroup extends drover.v1.ExecutorEvent.LaunchGroup.$Properties {
            }

            class LaunchGroup {
                constructor(properties?: drover.v1.ExecutorEvent.LaunchGroup.$Properties);
                $unknowns?: Uint8Array[];
                taskGroup: drover.v1.TaskInfo.$Properties[];
                static create(properties: drover.v1.ExecutorEvent.LaunchGroup.$Shape): drover.v1.ExecutorEvent.LaunchGroup & drover.v1.ExecutorEvent.LaunchGroup.$Shape;
                static create(properties?: drover.v1.ExecutorEvent.LaunchGroup.$Properties): drover.v1.ExecutorEvent.LaunchGroup;
                static encode(message: drover.v1.ExecutorEvent.LaunchGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ExecutorEvent.LaunchGroup & drover.v1.ExecutorEvent.LaunchGroup.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.ExecutorEvent.LaunchGroup;
                static toObject(message: drover.v1.ExecutorEvent.LaunchGroup, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace LaunchGroup {
                interface $Properties {
                    taskGroup?: (drover.v1.TaskInfo.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.ExecutorEvent.LaunchGroup.$Properties;
            }

            interface IKill extends drover.v1.ExecutorEvent.Kill.$Properties {
            }

            class Kill {
                constructor(properties?: drover.v1.ExecutorEvent.Kill.$Properties);
                $unknowns?: Uint8Array[];
                taskId?: (drover.v1.TaskID.$Properties|null);
                killPolicy?: (drover.v1.KillPolicy.$Properties|null);
                static create(properties: drover.v1.ExecutorEvent.Kill.$Shape): drover.v1.ExecutorEvent.Kill & drover.v1.ExecutorEvent.Kill.$Shape;
                static create(properties?: drover.v1.ExecutorEvent.Kill.$Properties): drover.v1.ExecutorEvent.Kill;
                static encode(message: drover.v1.ExecutorEvent.Kill.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ExecutorEvent.Kill & drover.v1.ExecutorEvent.Kill.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.ExecutorEvent.Kill;
                static toObject(message: drover.v1.ExecutorEvent.Kill, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Kill {
                interface $Properties {
                    taskId?: (drover.v1.TaskID.$Properties|null);
                    killPolicy?: (drover.v1.KillPolicy.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.ExecutorEvent.Kill.$Properties;
            }

            interface IAcknowledged extends drover.v1.ExecutorEvent.Acknowledged.$Properties {
            }

            class Acknowledged {
                constructor(properties?: drover.v1.ExecutorEvent.Acknowledged.$Properties);
                $unknowns?: Uint8Array[];
                taskId?: (drover.v1.TaskID.$Properties|null);
                uuid: Uint8Array;
                static create(properties: drover.v1.ExecutorEvent.Acknowledged.$Shape): drover.v1.ExecutorEvent.Acknowledged & drover.v1.ExecutorEvent.Acknowledged.$Shape;
                static create(properties?: drover.v1.ExecutorEvent.Acknowledged.$Properties): drover.v1.ExecutorEvent.Acknowledged;
                static encode(message: drover.v1.ExecutorEvent.Acknowledged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ExecutorEvent.Acknowledged & drover.v1.ExecutorEvent.Acknowledged.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.ExecutorEvent.Acknowledged;
                static toObject(message: drover.v1.ExecutorEvent.Acknowledged, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Acknowledged {
                interface $Properties {
                    taskId?: (drover.v1.TaskID.$Properties|null);
                    uuid?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.ExecutorEvent.Acknowledged.$Properties;
            }

            interface IMessage extends drover.v1.ExecutorEvent.Message.$Properties {
            }

            class Message {
                constructor(properties?: drover.v1.ExecutorEvent.Message.$Properties);
                $unknowns?: Uint8Array[];
                data: Uint8Array;
                static create(properties: drover.v1.ExecutorEvent.Message.$Shape): drover.v1.ExecutorEvent.Message & drover.v1.ExecutorEvent.Message.$Shape;
                static create(properties?: drover.v1.ExecutorEvent.Message.$Properties): drover.v1.ExecutorEvent.Message;
                static encode(message: drover.v1.ExecutorEvent.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ExecutorEvent.Message & drover.v1.ExecutorEvent.Message.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.ExecutorEvent.Message;
                static toObject(message: drover.v1.ExecutorEvent.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Message {
                interface $Properties {
                    data?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.ExecutorEvent.Message.$Properties;
            }

            interface IError extends drover.v1.ExecutorEvent.Error.$Properties {
            }

            class Error {
                constructor(properties?: drover.v1.ExecutorEvent.Error.$Properties);
                $unknowns?: Uint8Array[];
                message: string;
                static create(properties: drover.v1.ExecutorEvent.Error.$Shape): drover.v1.ExecutorEvent.Error & drover.v1.ExecutorEvent.Error.$Shape;
                static create(properties?: drover.v1.ExecutorEvent.Error.$Properties): drover.v1.ExecutorEvent.Error;
                static encode(message: drover.v1.ExecutorEvent.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.ExecutorEvent.Error & drover.v1.ExecutorEvent.Error.$Shape;
                static fromObject(object: { [k: string]: any }): drover.v1.ExecutorEvent.Error;
                static toObject(message: drover.v1.ExecutorEvent.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Error {
                interface $Properties {
                    message?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = drover.v1.ExecutorEvent.Error.$Properties;
            }
        }

        interface IRegistryAgent extends drover.v1.RegistryAgent.$Properties {
        }

        class RegistryAgent {
            constructor(properties?: drover.v1.RegistryAgent.$Properties);
            $unknowns?: Uint8Array[];
            info?: (drover.v1.AgentInfo.$Properties|null);
            state: drover.v1.RegistryAgent.State;
            since: number;
            static create(properties: drover.v1.RegistryAgent.$Shape): drover.v1.RegistryAgent & drover.v1.RegistryAgent.$Shape;
            static create(properties?: drover.v1.RegistryAgent.$Properties): drover.v1.RegistryAgent;
            static encode(message: drover.v1.RegistryAgent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.RegistryAgent & drover.v1.RegistryAgent.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.RegistryAgent;
            static toObject(message: drover.v1.RegistryAgent, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegistryAgent {
            interface $Properties {
                info?: (drover.v1.AgentInfo.$Properties|null);
                state?: (drover.v1.RegistryAgent.State|null);
                since?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.RegistryAgent.$Properties;

            enum State {
                STATE_UNSPECIFIED = 0,
                ADMITTED = 1,
                UNREACHABLE = 2,
                GONE = 3
            }
        }

        interface IRegistryFramework extends drover.v1.RegistryFramework.$Properties {
        }

        class RegistryFramework {
            constructor(properties?: drover.v1.RegistryFramework.$Properties);
            $unknowns?: Uint8Array[];
            info?: (drover.v1.FrameworkInfo.$Properties|null);
            disconnectedAt: number;
            static create(properties: drover.v1.RegistryFramework.$Shape): drover.v1.RegistryFramework & drover.v1.RegistryFramework.$Shape;
            static create(properties?: drover.v1.RegistryFramework.$Properties): drover.v1.RegistryFramework;
            static encode(message: drover.v1.RegistryFramework.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.RegistryFramework & drover.v1.RegistryFramework.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.RegistryFramework;
            static toObject(message: drover.v1.RegistryFramework, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegistryFramework {
            interface $Properties {
                info?: (drover.v1.FrameworkInfo.$Properties|null);
                disconnectedAt?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.RegistryFramework.$Properties;
        }

        interface IRegistryRole extends drover.v1.RegistryRole.$Properties {
        }

        class RegistryRole {
            constructor(properties?: drover.v1.RegistryRole.$Properties);
            $unknowns?: Uint8Array[];
            role: string;
            weight: number;
            quotaLimit: drover.v1.Resource.$Properties[];
            quotaGuarantee: drover.v1.Resource.$Properties[];
            static create(properties: drover.v1.RegistryRole.$Shape): drover.v1.RegistryRole & drover.v1.RegistryRole.$Shape;
            static create(properties?: drover.v1.RegistryRole.$Properties): drover.v1.RegistryRole;
            static encode(message: drover.v1.RegistryRole.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): drover.v1.RegistryRole & drover.v1.RegistryRole.$Shape;
            static fromObject(object: { [k: string]: any }): drover.v1.RegistryRole;
            static toObject(message: drover.v1.RegistryRole, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegistryRole {
            interface $Properties {
                role?: (string|null);
                weight?: (number|null);
                quotaLimit?: (drover.v1.Resource.$Properties[]|null);
                quotaGuarantee?: (drover.v1.Resource.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = drover.v1.RegistryRole.$Properties;
        }
    }
}
